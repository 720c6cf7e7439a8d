import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { mainHappening } from '../../../src/events/triggers/mainHappening.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** The word `mainHappening` picks in an undated sentence. */
const main = (text: string) =>
  mainHappening(parseSentence(segmentSentences(text)[0]!, tag(text, { reference: '2012-07-23' })))?.text;

describe('mainHappening', () => {
  it("takes the main clause's finite verb, past an opening time clause and a gerund subject", () => {
    expect(main('As the ceasefire deadline approached, the violence continued in Homs.')).toBe('continued');
    expect(main('Fighting broke out in the north of the country.')).toBe('broke out');
  });

  it('takes no general present, no participle describing an object and no infinitive', () => {
    expect(main('Such leaders follow the bidding of their patrons.')).toBeUndefined();
    expect(main('Troops stormed the houses abandoned by residents in the north.')).toBe('stormed');
    expect(main('Officials decided to close the border with Turkey.')).toBe('decided');
  });
});
