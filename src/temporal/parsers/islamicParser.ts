import { gregorianToIslamic, islamicMonthRange, islamicToGregorian } from '../calendar/islamic.ts';
import {
  type IslamicHoliday,
  islamicHolidayRange,
  nearestIslamicHoliday,
} from '../calendar/islamicHolidays.ts';
import { followsCapitalizedWord, monthCueBefore } from '../cues.ts';
import type { DateRange } from '../dates.ts';
import { daysBetween, humanDate } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { type Tense, tenseAt } from '../tense.ts';
import { ISLAMIC_HOLIDAYS, ISLAMIC_MONTHS } from '../vocabulary/hijriCalendars.ts';
import { alternation, firstWords } from '../vocabulary.ts';

const HOLIDAY_IDS: Readonly<Record<string, IslamicHoliday>> = {
  'Eid al-Fitr': 'eid-al-fitr',
  'Eid al-Adha': 'eid-al-adha',
  Ashura: 'ashura',
  'Mawlid al-Nabi': 'mawlid',
  'Laylat al-Qadr': 'laylat-al-qadr',
};

/**
 * A Gregorian span as a TIMEX3 value: one day → the date; inside one month → that month;
 * else the month holding most of it. The exact span is in `range`.
 */
function spanValue(range: DateRange): { value: string; precision: 'day' | 'month' } {
  if (range.start === range.end) return { value: range.start, precision: 'day' };
  const days = daysBetween(range.start, range.end) + 1;
  const startMonthDays = 31 - Number(range.start.slice(8, 10)) + 1;
  const month = startMonthDays * 2 >= days ? range.start.slice(0, 7) : range.end.slice(0, 7);
  return { value: month, precision: 'month' };
}

/** How far after the DCT an unyeared holiday may start: not at all in past tense, a year in future tense. */
function lookAhead(tense: Tense): number {
  return tense === 'past' ? 0 : tense === 'future' ? 400 : 30;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[34]\\d\\d)(?:\\s*(?:AH|A\\.H\\.|H|Hijri))?';
const MONTH = `(${alternation(Object.keys(ISLAMIC_MONTHS))})`;

/**
 * Hijri dates: "1 Ramadan 1443", "Ramadan 1443", "the holy month of Ramadan", "Muharram".
 * Without a year, the occurrence nearest before (or just around) the DCT, unless future tense.
 */
export const islamicMonthParser: PatternParser = {
  name: 'IslamicMonthParser',
  words: firstWords(Object.keys(ISLAMIC_MONTHS)),
  trigger: new RegExp(`\\b${MONTH}\\b`, 'i'),
  pattern: new RegExp(
    `(?<![\\w-])(?:${DAY}\\s+(?:of\\s+)?)?(?:(?:the\\s+)?(?:(?:holy|fasting|blessed|Muslim|Islamic)\\s+)*month\\s+of\\s+)?${MONTH}(?:\\s+${DAY}(?![\\d]))?(?:,?\\s+${YEAR})?(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, dayBefore, name = '', dayAfter, yearText] = match;
    const month = ISLAMIC_MONTHS[name.toLowerCase().replace(/\s+/g, ' ')];
    if (!month || !/^[A-Z]/.test(name)) return null;
    const day = Number(dayBefore ?? dayAfter ?? 0) || undefined;
    if (day !== undefined && day > 30) return null;
    // A lone month name is often a surname ("Bouthaina Shaaban", "Tariq Ramadan") or a given
    // name ("Rajab", "Safar"): without a day, a year or "month of", it needs a preposition
    // ("in Shaaban") — except Ramadan, which news names bare ("Ramadan began") unless it ends a name.
    if (day === undefined && !yearText && !/\bmonth\s+of\b/i.test(whole)) {
      if (followsCapitalizedWord(context.text, match.index)) return null;
      if (month !== 9 && !monthCueBefore(context.text, match.index)) return null;
    }
    const end = match.index + whole.length;
    let year: number;
    let how: string;
    if (yearText) {
      year = Number(yearText);
      how = `Hijri year ${year} stated`;
    } else if (month === 9 && day === undefined) {
      const near = nearestIslamicHoliday(
        'ramadan',
        context.reference,
        lookAhead(tenseAt(context.text, match.index, end)),
      );
      year = near.islamicYear;
      how = `the Ramadan nearest publication date ${context.referenceLabel}`;
    } else {
      const now = gregorianToIslamic(context.reference);
      year = now.year;
      const startOf = (y: number) =>
        day ? islamicToGregorian(y, month, day) : islamicMonthRange(y, month).start;
      const future = tenseAt(context.text, match.index, end) === 'future';
      if (!future && startOf(year) > context.reference && daysBetween(context.reference, startOf(year)) > 30)
        year -= 1;
      if (future && startOf(year) < context.reference) year += 1;
      how = `Hijri year ${year} taken from publication date ${context.referenceLabel}`;
    }
    const range = day
      ? { start: islamicToGregorian(year, month, day), end: islamicToGregorian(year, month, day) }
      : islamicMonthRange(year, month);
    const { value, precision } = spanValue(range);
    return draft({
      start: match.index,
      end,
      type: 'DATE',
      value,
      precision,
      range,
      known: {
        islamicMonth: month,
        ...(day ? { islamicDay: day } : {}),
        ...(yearText ? { islamicYear: year } : {}),
      },
      implied: yearText ? {} : { islamicYear: year },
      anchor: yearText ? 'none' : 'dct',
      explanation: `"${whole}": ${how} → ${day ? '' : `${name} ${year} AH, `}${humanDate(range.start)}${range.end !== range.start ? ` to ${humanDate(range.end)}` : ''}`,
    });
  },
};

/** "Eid al-Fitr", "Eid ul-Adha 2021", "Ashura": the celebration nearest the DCT (leaning past). */
export const islamicHolidayParser: PatternParser = {
  name: 'IslamicHolidayParser',
  words: firstWords(Object.keys(ISLAMIC_HOLIDAYS)),
  pattern: new RegExp(
    `(?<![\\w-])(${alternation(Object.keys(ISLAMIC_HOLIDAYS))})(?:\\s+((?:19|20)\\d\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, nameText = '', gregorianYear] = match;
    const holiday = ISLAMIC_HOLIDAYS[nameText.toLowerCase().replace(/\s+/g, ' ')];
    const id = holiday && HOLIDAY_IDS[holiday.name];
    if (!holiday || !id) return null;
    let range: DateRange;
    if (gregorianYear) {
      const y = gregorianToIslamic(`${gregorianYear}-07-01`).year;
      const candidates = [y - 1, y, y + 1].map((iy) => islamicHolidayRange(id, iy));
      const inYear = candidates.find((r) => r.start.startsWith(gregorianYear));
      if (!inYear) return null;
      range = inYear;
    } else {
      const near = nearestIslamicHoliday(
        id,
        context.reference,
        lookAhead(tenseAt(context.text, match.index, match.index + whole.length)),
      );
      range = { start: near.start, end: near.end };
    }
    const { value, precision } = spanValue({ start: range.start, end: range.start });
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE',
      value,
      precision,
      range,
      anchor: gregorianYear ? 'none' : 'dct',
      explanation: `"${whole}" is ${holiday.name}; ${gregorianYear ? `in ${gregorianYear}` : `the one nearest publication date ${context.referenceLabel}`} → ${humanDate(range.start)}${range.end !== range.start ? ` to ${humanDate(range.end)}` : ''}`,
    });
  },
};
