import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { keptInTitle } from '../../../src/events/titles/keptDates.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** Whether the title keeps the date expression spelled `phrase` in `text`. */
const kept = (text: string, phrase: string) => {
  const s = segmentSentences(text)[0]!;
  const t = tag(text, { reference: '2010-07-06' }).find((x) => x.text === phrase)!;
  return keptInTitle(s, t);
};

describe('datePredicate', () => {
  it('keeps a date that is all "be" says in words said', () => {
    expect(kept('A NOAA spokeswoman said the Woods Hole voyage was in late June.', 'late June')).toBe(true);
    expect(kept('Officials said the vote will be on Sunday.', 'Sunday')).toBe(true);
  });

  it('leaves out one told, one that dates a verb, and one after a place', () => {
    expect(kept('The vote will be on Sunday.', 'Sunday')).toBe(false);
    expect(kept('Officials said the vote was held on Sunday.', 'Sunday')).toBe(false);
    expect(kept('Officials said the team was in Haiti on Sunday.', 'Sunday')).toBe(false);
  });
});
