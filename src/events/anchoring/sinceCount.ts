import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import type { Token } from '../nlp/annotate.ts';

/** A count in figures or in words of a multitude; a year is none. */
const COUNT = /^\d[\d,.]*$|^(?:hundreds|thousands|dozens|scores|millions|tens)$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Words that make the number after them a count: "at least 19,106", "more than 7,000", "some 140". */
const QUANTIFIER =
  /^(?:least|than|some|about|around|nearly|almost|over|approximately|roughly|estimated|up|to)$/i;

/**
 * Whether the words of a happening count what it did ("at least 19,106 people had been killed",
 * "carrying out more than 100 summary executions"): among its title's words (`kept`, token
 * indices), a number that a quantifier opens or a noun follows; not a year, nor a number of a
 * name ("Channel 4 News") or an age ("over the age of 14 in Baba Amr").
 */
export function countsSince(tokens: readonly Token[], kept: readonly number[], trigger: number): boolean {
  return kept.some((i) => {
    const t = tokens[i]!;
    if (i === trigger || !COUNT.test(t.text) || YEAR.test(t.text)) return false;
    const before = tokens[i - 1];
    if (before?.pos === 'PROPN') return false;
    const after = tokens[i + 1];
    const noun = (x: Token | undefined) => x?.pos === 'NOUN';
    return (
      (before !== undefined && QUANTIFIER.test(before.text)) ||
      noun(after) ||
      (after?.pos === 'ADJ' && noun(tokens[i + 2]))
    );
  });
}

/**
 * The time of a count since a date ("19,106 people had been killed since March 2011"): the tally
 * as of its report (`report`: the statement's date, or publication), the day's news, not a
 * happening spread over the months it counts.
 */
export function tallyTime(since: TemporalExpression, report: EventTime): EventTime {
  return {
    ...report,
    explanation: `a count since "${since.text}", told as of its report: ${report.explanation}`,
  };
}
