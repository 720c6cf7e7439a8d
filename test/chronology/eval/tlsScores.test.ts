import { describe, expect, it } from 'vitest';
import { concatRouge, dateF1, rougeN } from '../../../src/chronology/eval/tlsScores.ts';

describe('dateF1', () => {
  it('compares the sets of dates', () => {
    const predicted = {
      entries: ['2012-01-01', '2012-02-01', '2012-03-01'].map((date) => ({ date, text: '' })),
    };
    const reference = { entries: ['2012-02-01', '2012-03-01'].map((date) => ({ date, text: '' })) };
    const s = dateF1(predicted, reference);
    expect(s.p).toBeCloseTo(2 / 3);
    expect(s.r).toBe(1);
    expect(s.f1).toBeCloseTo(0.8);
  });
});

describe('rougeN', () => {
  it('clips repeated n-grams and ignores case and punctuation', () => {
    const s = rougeN('The cat, the cat.', 'the cat sat on the mat', 1);
    // the ×2 (clipped to 2), cat ×2 (clipped to 1): 3 of 4 predicted, 3 of 6 reference.
    expect(s.p).toBeCloseTo(3 / 4);
    expect(s.r).toBeCloseTo(3 / 6);
  });

  it('counts bigrams for ROUGE-2', () => {
    expect(rougeN('the cat sat', 'the cat sat on the mat', 2).p).toBe(1);
    expect(rougeN('cat the sat', 'the cat sat on the mat', 2).f1).toBe(0);
  });
});

describe('concatRouge', () => {
  it('joins the summaries of each timeline, dates ignored', () => {
    const predicted = { entries: [{ date: '2012-01-02', text: 'troops shell homs' }] };
    const reference = { entries: [{ date: '2012-01-01', text: 'troops shell homs' }] };
    expect(concatRouge(predicted, reference, 2).f1).toBe(1);
  });
});
