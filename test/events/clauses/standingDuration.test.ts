import { describe, expect, it } from 'vitest';
import { standingDuration } from '../../../src/events/clauses/standingDuration.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const standing = (text: string) => {
  const { tokens } = annotate(text);
  return standingDuration(tokens, 0, tokens.length);
};

describe('standingDuration', () => {
  it('takes a stretch of years or more under "for" for a standing state', () => {
    expect(standing('For many years the Arab League was mocked.')).toBe(true);
    expect(standing('She has worked for the UN for more than 20 years.')).toBe(true);
    expect(standing('For the past two years, commentators have been following them.')).toBe(true);
    expect(standing('The two families have been close for decades.')).toBe(true);
    expect(standing('Scientists have known it for a long time.')).toBe(true);
  });

  it('leaves a comparison, a look ahead, a shorter stretch and "for" before anything else', () => {
    expect(standing('It could be the worst epidemic for five years.')).toBe(false);
    expect(standing('The spill will influence the country for decades to come.')).toBe(false);
    expect(standing('He was trapped under the rubble for five days.')).toBe(false);
    expect(standing('They plan for long-term economic recovery.')).toBe(false);
    expect(standing('She has worked for the UN.')).toBe(false);
  });
});
