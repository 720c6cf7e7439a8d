import { humanDate, isoDate, isoWeekValue, isValidDate, weekRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation, MONTHS } from '../vocabulary.ts';

const MONTH = alternation(Object.keys(MONTHS));

/**
 * "the week of March 6", "the week of 6 March 2000": the ISO week containing that day. A stated
 * year is read here; otherwise the day waits for the year inference refiner like any yearless
 * date, and `weekOfDayRefiner` turns it into its week (the draft's precision says so).
 */
export const weekOfParser: PatternParser = {
  name: 'WeekOfParser',
  trigger: /[Ww]eek\s+of\s/,
  pattern: new RegExp(
    `(?<![\\w-])(?:the\\s+)?week\\s+of\\s+(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}))(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, monthA, dayA, dayB, monthB, yearText] = match;
    const monthWord = (monthA ?? monthB ?? '').toLowerCase();
    // "May" is a month only capitalized here ("the week of may 5" is rare, "may" a verb).
    if (monthWord === 'may' && !/^May/.test(monthA ?? monthB ?? '')) return null;
    const month = MONTHS[monthWord] ?? MONTHS[`${monthWord}.`];
    const day = Number(dayA ?? dayB);
    if (!month) return null;
    const base = { start: match.index, end: match.index + whole.length, type: 'DATE' as const };
    if (!yearText) {
      if (!isValidDate(2000, month, day)) return null;
      return draft({
        ...base,
        precision: 'week',
        known: { month, day },
        pending: { kind: 'yearless', month, day },
      });
    }
    const year = Number(yearText);
    if (!isValidDate(year, month, day)) return null;
    const date = isoDate(year, month, day);
    return draft({
      ...base,
      value: isoWeekValue(date),
      precision: 'week',
      range: weekRange(date),
      known: { year, month, day },
      explanation: `"${whole}" is the ISO week containing ${humanDate(date)} → ${isoWeekValue(date)}`,
    });
  },
};
