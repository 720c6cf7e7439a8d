import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

describe('namedAfter', () => {
  it("gives a 'he' none that its own sentence names after it", () => {
    const text =
      'Chief executive Tony Hayward will step down. Robert Dudley is managing director. He spent 20 years at Amoco and lost out to Hayward three years ago. He took over from Hayward as the point man.';
    expect(referentOfLast(text, 'He took over from Hayward as the point man', 'took')).toBeUndefined();
    // (Named before it only, the person is its.)
    const other =
      'Chief executive Tony Hayward will step down. Hayward spent 20 years at BP. He took over as the point man.';
    expect(referentOfLast(other, 'He took over as the point man', 'took')?.name.text).toBe('Tony Hayward');
  });
});
