import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { describedByInfinitive } from '../../../src/events/titles/describedByInfinitive.ts';

/** The word before where the subject walk goes on when it stops at `stop`. */
const walkOn = (text: string, stop: string) => {
  const { tokens } = annotate(text);
  const at = describedByInfinitive(
    tokens,
    tokens.findIndex((t) => t.text === stop),
    0,
  );
  return at === undefined ? undefined : tokens[at - 1]!.text;
};

describe('describedByInfinitive', () => {
  it("goes on before the infinitive to the noun it describes, past a gerund's adverb after 'from'", () => {
    expect(walkOn('A ceasefire to end the violence in Syria started.', 'end')).toBe('ceasefire');
    expect(
      walkOn('Efforts to prevent the mass from washing ashore in four states have failed.', 'ashore'),
    ).toBe('Efforts');
  });

  it('stops at a subordinator or an adverb of manner inside', () => {
    expect(walkOn('Talks to resolve the crisis after Russia blocked it failed.', 'blocked')).toBe(undefined);
    expect(walkOn('Allow journalists to work freely the league suspended Syria.', 'freely')).toBe(undefined);
  });
});
