import { describe, expect, it } from 'vitest';
import { standingDuration } from '../../../src/events/clauses/standingDuration.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** Whether the sentence's clause, with its first verb trigger for its verb, holds a standing stretch. */
const standing = (text: string) => {
  const p = parseSentence(segmentSentences(text)[0]!, tag(text, { reference: '2012-07-23' }));
  const verb = p.triggers.find((t) => t.pos === 'VERB');
  return standingDuration(p.s.tokens, 0, p.s.tokens.length, verb);
};

describe('standingDuration', () => {
  it('takes a stretch of years or more under "for" for a standing state', () => {
    expect(standing('For many years the Arab League was mocked.')).toBe(true);
    expect(standing('She has worked for the UN for more than 20 years.')).toBe(true);
    expect(standing('For the past two years, commentators have been following them.')).toBe(true);
    expect(standing('The two families have been close for decades.')).toBe(true);
    expect(standing('Scientists have known it for a long time.')).toBe(true);
    expect(standing('He had been a boat captain for two decades, so people called him Rookie.')).toBe(true);
    expect(standing('Syria has been gripped by protests for almost a year.')).toBe(true);
    expect(standing("Assad's family has ruled Syria for more than 40 years.")).toBe(true);
  });

  it('leaves a comparison, a look ahead, a shorter stretch and "for" before anything else', () => {
    expect(standing('It could be the worst epidemic for five years.')).toBe(false);
    expect(standing('The spill will influence the country for decades to come.')).toBe(false);
    expect(standing('He was trapped under the rubble for five days.')).toBe(false);
    expect(standing('They plan for long-term economic recovery.')).toBe(false);
    expect(standing('She has worked for the UN.')).toBe(false);
  });

  it('leaves a stretch that measures the result of a one-off act: a sentence, a ban, a term', () => {
    expect(standing('A Syrian court has jailed the activist for 20 years.')).toBe(false);
    expect(standing('The activist was jailed for 20 years.')).toBe(false);
    expect(standing('The activist has been jailed for 20 years.')).toBe(false);
    expect(standing('The council extended the mandate of the observers for two years.')).toBe(false);
    expect(standing('Egypt banned the party for five years.')).toBe(false);
    expect(standing('The EU has extended the sanctions for another year.')).toBe(false);
  });
});
