import { describe, expect, it } from 'vitest';
import { namedPluralOpening } from '../../../src/events/entities/namedPlural.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { referentOfLast } from './referentOfLast.ts';

describe('namedPluralOpening', () => {
  it("gives a joined clause's 'they' the plural a name modifies that opens its sentence", () => {
    const text =
      'Jordan has been low-key. Jordanian officials recently admitted that some arms had been making their way across the border, though they said they were trying to stop it.';
    expect(referentOfLast(text, 'They said they were trying to stop it', 'said they')?.name.text).toBe(
      'Jordanian officials',
    );
  });

  it("takes none that is a possessor's, nor one that does not open its sentence", () => {
    const possessor =
      "Jordan has been low-key. Jordanian officials' statements recently admitted that arms crossed the border, though they said they were trying to stop it.";
    expect(referentOfLast(possessor, 'They said they were trying to stop it', 'said they')).toBeUndefined();
    const inside =
      'Jordan has been low-key. In a statement Jordanian officials admitted that arms crossed the border, though they said they were trying to stop it.';
    expect(referentOfLast(inside, 'They said they were trying to stop it', 'said they')).toBeUndefined();
  });

  it("reads the opening plural itself, not a possessor's", () => {
    const plural = (t: { text: string }) => /s$/.test(t.text);
    expect(namedPluralOpening(annotate('Jordanian officials said they would act.').tokens, plural)).toEqual([
      0, 2,
    ]);
    expect(
      namedPluralOpening(annotate("Jordanian officials' statements said they would act.").tokens, plural),
    ).toBeUndefined();
  });
});
