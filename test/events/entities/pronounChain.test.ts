import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

describe('pronounSubject', () => {
  it("passes a person that a sentence whose subject is the same 'he' names elsewhere", () => {
    const text =
      'Chief executive Tony Hayward will step down. Robert Dudley is managing director. He spent 20 years at Amoco and lost out to Hayward three years ago. He took over as the point man.';
    expect(referentOfLast(text, 'He took over as the point man', 'took')?.name.text).toBe('Robert Dudley');
  });
});
