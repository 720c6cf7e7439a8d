import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import type { Sentence } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence, titleOf } from '../../../src/events/sentenceParse.ts';

/** The title of the trigger spelled `word` in a sentence with no dates. */
const title = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const p = parseSentence({ start: 0, end: text.length, text, tokens } as unknown as Sentence, []);
  const t = p.triggers.find((x) => x.text === word);
  return t && titleOf(p, t);
};

describe('participleClauseCut', () => {
  it("titles a participle clause after the main clause's comma with the main clause, for its subject", () => {
    expect(
      title('The doctor continues to run his practice in Houston, having resumed work there.', 'resumed'),
    ).toBe('The doctor continues to run his practice in Houston, having resumed work there');
    expect(title('He fought against Israel and in Lebanon, before being made a general.', 'made')).toBe(
      'He fought against Israel and in Lebanon, before being made a general',
    );
  });

  it('reads the cut of the verb nearest before the comma', () => {
    expect(
      title(
        'Miranda Sevcik, a spokeswoman, said the doctor was moving offices, having closed his clinic.',
        'closed',
      ),
    ).toBe('The doctor was moving offices, having closed his clinic');
  });

  it('reads the subject of a second clause the participle follows, not the first', () => {
    expect(title('Troops entered the city, and the rebels fled, leaving their weapons.', 'leaving')).toBe(
      'The rebels fled, leaving their weapons',
    );
  });
});
