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

  it('reads as a timeline label: no date phrase, no dangling purpose, no open quote', () => {
    expect(headline('The committee to meet Syrian officials on Sunday in Qatar to try')).toBe(
      'The committee to meet Syrian officials in Qatar',
    );
    expect(headline('Car bomb explodes in the center of the capital on Tuesday')).toBe(
      'Car bomb explodes in the center of the capital',
    );
    expect(headline('On Friday the agency had delivered about 2 million meals')).toBe(
      'The agency delivered about 2 million meals',
    );
    expect(headline('Thursday no compensation to be paid')).toBe('No compensation to be paid');
    expect(headline('Been continuous fighting on Thursday in the area of Tremseh There')).toBe(
      'Continuous fighting in the area of Tremseh',
    );
    expect(headline('Hu Jintao urges the international community to continue to support')).toBe(
      'Hu Jintao urges the international community',
    );
  });

  it('keeps at most twelve words where an adjunct can go, and the words a journalist would keep', () => {
    expect(headline('More than 4,000 people flee into Turkey from northern Syria as the army moves in')).toBe(
      'More than 4,000 people flee into Turkey from northern Syria',
    );
    expect(headline('United Nations say the head of its mission in Haiti has been found dead')).toBe(
      'United Nations say the head of its mission in Haiti has been found dead',
    );
  });

  it('does not make a title the extraction would reject: which events exist is not its business', () => {
    for (const t of ['UK government says it', 'Uprising begins last year'])
      expect(sensibleTitle(headline(t))).toBe(sensibleTitle(t));
    expect(headline('Health officials say on')).toBe('Health officials say');
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
