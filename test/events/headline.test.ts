import { describe, expect, it } from 'vitest';
import { headline, isSpeaker, plannedTitle, sensibleTitle } from '../../src/events/headline.ts';

describe('headline', () => {
  it('stays under about 72 characters, cut at a word, without a dangling function word', () => {
    const h = headline(
      'government forces launch a combing operation in the mountains of Kohistan district of the province of Badakhshan',
    );
    expect(h.length).toBeLessThanOrEqual(72);
    expect(h).toMatch(/^Government forces launch a combing operation/);
    expect(h).not.toMatch(/\s(?:of|the|in)$/);
  });
});

describe('isSpeaker and sensibleTitle', () => {
  it('accepts a named or described speaker, not a pronoun, an adverb or a quantifier', () => {
    expect(isSpeaker('the ministry')).toBe(true);
    expect(isSpeaker('Mr Wells')).toBe(true);
    for (const s of ['There', 'Worse', 'They', 'two', 'remark']) expect(isSpeaker(s)).toBe(false);
  });

  it('rejects a dangling "says", a number fragment and two-word titles', () => {
    expect(sensibleTitle('Syria crisis says')).toBe(false);
    expect(sensibleTitle('000 people affected worldwide')).toBe(false);
    expect(sensibleTitle('Oil spill')).toBe(false);
    expect(sensibleTitle('Security forces leave Nijrab district')).toBe(true);
  });

  it('announces a plan as headlines do, leaving a pronoun subject alone', () => {
    expect(plannedTitle('BP would carry out tests on the well')).toBe('BP to carry out tests on the well');
    expect(plannedTitle('Obama administration will spend $29m on training')).toBe(
      'Obama administration to spend $29m on training',
    );
    expect(plannedTitle('Mr Obama is due to visit Louisiana')).toBe('Mr Obama to visit Louisiana');
    expect(plannedTitle('It would try again on Saturday night')).toBe('It would try again on Saturday night');
  });
});
