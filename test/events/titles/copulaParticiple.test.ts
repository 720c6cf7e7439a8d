import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { copulaParticipleCut } from '../../../src/events/titles/copulaParticiple.ts';
import { cutOf } from '../../../src/events/titles/heldCuts.ts';
import type { Trigger } from '../../../src/events/triggers/findTriggers.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** The copula cut of the word spelled `word` in a one-sentence text, taken as a verb trigger. */
const cut = (text: string, word: string) => {
  const p = parseSentence(segmentSentences(text)[0]!, tag(text, { reference: '2009-04-27' }));
  const index = p.s.tokens.findIndex((t) => t.text === word);
  const token = p.s.tokens[index]!;
  const trigger = { ...token, index, pos: 'VERB' } as unknown as Trigger;
  return copulaParticipleCut(p, trigger, cutOf)?.text;
};

describe('copulaParticipleCut', () => {
  it('titles an -ing participle after the noun a copula names by the copula clause through it', () => {
    expect(
      cut(
        'The 1918 pandemic virus was also a H1N1 hybrid containing a mix of avian and non-avian genes.',
        'containing',
      ),
    ).toBe('The pandemic virus was a H1N1 hybrid containing a mix of avian and non-avian genes');
  });

  it('titles a past participle there so too, when no preposition holds the subject', () => {
    expect(
      cut(
        'The oil spill was an avoidable disaster caused by a series of failures made by the company.',
        'caused',
      ),
    ).toBe('The oil spill was an avoidable disaster caused by a series of failures made by the company');
    expect(
      cut('Among the lucky ones was a young girl pulled alive from the ruins.', 'pulled'),
    ).toBeUndefined();
  });

  it('leaves a participle after a verb that is no copula, or one after its own noun only', () => {
    expect(cut('Troops shelled a district housing thousands of refugees.', 'housing')).toBeUndefined();
    expect(cut('Police wearing masks sealed off the hotel.', 'wearing')).toBeUndefined();
  });
});
