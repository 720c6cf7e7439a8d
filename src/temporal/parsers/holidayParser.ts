import { humanDate, isoDate, shift, weekdayOf } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { alternation, FIXED_HOLIDAYS } from '../vocabulary.ts';

/** "Christmas", "New Year's Day", "Independence Day": fixed month and day, year inferred. */
export const holidayParser: PatternParser = {
  name: 'HolidayParser',
  pattern: new RegExp(
    `(?<![\\w-])(${alternation(Object.keys(FIXED_HOLIDAYS))})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, name = '', yearText] = match;
    if (!/^[A-Z]/.test(name)) return null;
    const holiday = FIXED_HOLIDAYS[name.toLowerCase().replace(/\s+/g, ' ')];
    if (!holiday) return null;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE' as const,
      precision: 'day' as const,
    };
    if (yearText) {
      const year = Number(yearText);
      const value = `${year}-${String(holiday.month).padStart(2, '0')}-${String(holiday.day).padStart(2, '0')}`;
      return draft({
        ...base,
        value,
        range: { start: value, end: value },
        known: { year },
        explanation: `"${whole}" falls on ${value}`,
      });
    }
    return draft({ ...base, pending: { kind: 'yearless', month: holiday.month, day: holiday.day } });
  },
};

/** "Thanksgiving" (US): the fourth Thursday of November, the one before the DCT unless future tense. */
export const thanksgivingParser: PatternParser = {
  name: 'ThanksgivingParser',
  pattern: /(?<![\w-])(?:(last|next|this)\s+)?Thanksgiving(?:\s+Day)?(?![\w-])/g,
  extract(context, match) {
    const which = match[1]?.toLowerCase();
    const end = match.index + match[0].length;
    const dayIn = (year: number) => {
      const first = isoDate(year, 11, 1);
      return shift(first, 'day', ((4 - weekdayOf(first) + 7) % 7) + 21);
    };
    let year = context.year;
    const future =
      which === 'next' || (which !== 'last' && tenseAt(context.text, match.index, end) === 'future');
    if (!future && dayIn(year) > context.reference) year -= 1;
    if (future && dayIn(year) < context.reference) year += 1;
    const value = dayIn(year);
    return draft({
      start: match.index,
      end,
      type: 'DATE',
      value,
      precision: 'day',
      range: { start: value, end: value },
      implied: { year },
      anchor: 'dct',
      explanation: `"${match[0]}" is the fourth Thursday of November; ${future ? 'the next' : 'the last'} one from publication date ${context.referenceLabel} → ${humanDate(value)}`,
    });
  },
};
