import { humanDate, humanMonth, isoDate, isValidDate, monthRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation, MONTHS } from '../vocabulary.ts';

const YEAR_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * "January this year", "June last year", "5 March last year", "March 5 of last year",
 * "mid-May next year": one TIMEX3 of month (or day) grain, the year counted from the DCT
 * (TimeML tags the whole phrase, not the month and the year apart). "mid-" stays outside so
 * the modifier refiner can add it.
 */
export const monthOfYearParser: PatternParser = {
  name: 'MonthOfRelativeYearParser',
  trigger: /\b(?:last|this|next)\s+year\b/i,
  // Every match ends with the relative year, after at most five runs of spaces (a day, "of", the
  // month, a day, "of"): the pattern's lookbehind is tried only there.
  anchor: { pattern: /\b(?:last|this|next)\s+year\b/gi, spacesBefore: 5 },
  pattern: new RegExp(
    `(?<!\\w|(?<!\\bmid)-)(?:${DAY}\\s+(?:of\\s+)?)?(${alternation(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))})(?:\\s+${DAY}(?!\\d))?\\s+(?:of\\s+)?(last|this|next)\\s+year(?![\\w-]|['’]s)`,
    'gi',
  ),
  extract(context, match) {
    const [whole, dayBefore, monthWord = '', dayAfter, which = ''] = match;
    const month = MONTHS[monthWord.toLowerCase()];
    // "may" in lower case is the verb ("they may this year…").
    if (month === undefined || /^[a-z]/.test(monthWord)) return null;
    const year = context.year + (YEAR_OFFSET[which.toLowerCase()] ?? 0);
    const day = Number(dayBefore ?? dayAfter ?? 0) || undefined;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE' as const,
      implied: { year },
      anchor: 'dct' as const,
    };
    if (day !== undefined) {
      if (!isValidDate(year, month, day)) return null;
      const iso = isoDate(year, month, day);
      return draft({
        ...base,
        value: iso,
        precision: 'day',
        range: { start: iso, end: iso },
        known: { month, day },
        explanation: `"${whole}", published ${context.referenceLabel} → ${humanDate(iso)}`,
      });
    }
    return draft({
      ...base,
      value: `${year}-${String(month).padStart(2, '0')}`,
      precision: 'month',
      range: monthRange(year, month),
      known: { month },
      explanation: `"${whole}", published ${context.referenceLabel} → ${humanMonth(year, month)}`,
    });
  },
};

/**
 * The year of "last May" / "next March" / "this October" read in `dctMonth` of `dctYear`: the
 * latest such month before the DCT's month (read in October 1989, "last April" is April 1989, as
 * TimeBank has it), the first such month after the DCT's, or the DCT's year.
 */
export function relativeMonthYear(word: string, month: number, dctYear: number, dctMonth: number): number {
  const w = word.toLowerCase();
  if (w === 'last' && month >= dctMonth) return dctYear - 1;
  if (w === 'next' && month <= dctMonth) return dctYear + 1;
  return dctYear;
}

/**
 * "last May", "next March", "this October", placed by `relativeMonthYear`. Matched here too
 * because chrono-node drops a capitalized "May." ending a sentence.
 */
export const relativeMonthParser: PatternParser = {
  name: 'RelativeMonthParser',
  pattern: new RegExp(
    `(?<![\\w-])(last|this|next)\\s+(${alternation(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))})(?![\\w-])(?!\\s+\\d)`,
    'gi',
  ),
  extract(context, match) {
    const [whole, which = '', monthWord = ''] = match;
    const month = MONTHS[monthWord.toLowerCase()];
    if (month === undefined || /^[a-z]/.test(monthWord)) return null;
    const year = relativeMonthYear(which, month, context.year, context.month);
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE',
      value: `${year}-${String(month).padStart(2, '0')}`,
      precision: 'month',
      range: monthRange(year, month),
      known: { month },
      implied: { year },
      anchor: 'dct',
      explanation: `"${whole}", published ${context.referenceLabel} → ${humanMonth(year, month)}`,
    });
  },
};
