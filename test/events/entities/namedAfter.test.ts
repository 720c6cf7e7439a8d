import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

describe('namedAfter', () => {
  it("gives a subject 'he' none that its own verb has for its object", () => {
    const text =
      'Chief executive Tony Hayward met the board on Monday. He took over from Hayward as the point man.';
    expect(referentOfLast(text, 'He took over from Hayward as the point man', 'took')).toBeUndefined();
    // (Named before it only, the person is its.)
    const other =
      'Chief executive Tony Hayward will step down. Hayward spent 20 years at BP. He took over as the point man.';
    expect(referentOfLast(other, 'He took over as the point man', 'took')?.name.text).toBe('Tony Hayward');
  });

  it("keeps one named after a possessive or another clause ('His lawyers claim Jackson …')", () => {
    const text =
      'Dr Conrad Murray denies manslaughter. His lawyers claim Jackson gave himself the fatal dose.';
    expect(
      referentOfLast(text, 'His lawyers claim Jackson gave himself the fatal dose', 'claim')?.name.text,
    ).toBe('Conrad Murray');
  });
});
