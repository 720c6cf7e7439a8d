import { gregorianToPersian, persianMonthRange, persianToGregorian } from '../calendar/persian.ts';
import { followsCapitalizedWord, monthCueBefore } from '../cues.ts';
import { daysBetween, humanDate } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { PERSIAN_MONTHS } from '../vocabulary/hijriCalendars.ts';
import { alternation, firstWords } from '../vocabulary.ts';

/**
 * Month names that are also common words or names ("Mehr", "Tir", "Asad" — lion, and close to
 * al-Assad; "Hoot" — fish; "Saratan" — crab): only with a day or a year.
 */
const NEEDS_NUMBER = new Set([
  'mehr',
  'tir',
  'dey',
  'azar',
  'aban',
  'asad',
  'mizan',
  'jadi',
  'dalw',
  'sawr',
  'saur',
  'hut',
  'bahman',
  'qaws',
  'qaus',
  'aqrab',
  'hamal',
  'hoot',
  'saratan',
  'jawza',
  'jauza',
]);

/** Month names as written, capitalized (a lower-case "asad" or "hut" is another word). */
const MONTH = `(${alternation(Object.keys(PERSIAN_MONTHS).map((m) => m[0]?.toUpperCase() + m.slice(1)))})`;

/**
 * Solar Hijri dates as Afghan and Iranian outlets write them: "1 Saratan 1401", "Hamal 1401",
 * "Saratan 1", "Farvardin". Without a year: the current solar year, stepping back if the
 * month lies well after the DCT (news leans to the past).
 */
export const persianParser: PatternParser = {
  name: 'SolarHijriParser',
  words: firstWords(Object.keys(PERSIAN_MONTHS)),
  trigger: new RegExp(`\\b${MONTH}\\b`),
  pattern: new RegExp(
    `(?<![\\w-])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:[Oo]f\\s+)?)?${MONTH}(?:\\s+(\\d{1,2})(?![\\d]))?(?:,?\\s+(1[34]\\d\\d)(?:\\s*(?:SH|AP|H\\.?S\\.?))?)?(?![\\w-])`,
    'g',
  ),
  extract(context, match) {
    const [whole, dayBefore, name = '', dayAfter, yearText] = match;
    const lower = name.toLowerCase();
    const month = PERSIAN_MONTHS[lower];
    if (!month || !/^[A-Z]/.test(name)) return null;
    const day = Number(dayBefore ?? dayAfter ?? 0) || undefined;
    if (day === undefined && !yearText) {
      if (NEEDS_NUMBER.has(lower)) return null;
      // Any other lone name needs a preposition ("in Farvardin") and must not end a person's name.
      if (followsCapitalizedWord(context.text, match.index) || !monthCueBefore(context.text, match.index))
        return null;
    }
    if (day !== undefined && day > 31) return null;
    const end = match.index + whole.length;
    let year = yearText ? Number(yearText) : gregorianToPersian(context.reference).year;
    if (!yearText) {
      const first = persianToGregorian(year, month, day ?? 1);
      const future = tenseAt(context.text, match.index, end) === 'future';
      if (!future && first > context.reference && daysBetween(context.reference, first) > 2) year -= 1;
      if (future && first < context.reference) year += 1;
    }
    const range = day
      ? { start: persianToGregorian(year, month, day), end: persianToGregorian(year, month, day) }
      : persianMonthRange(year, month);
    return draft({
      start: match.index,
      end,
      type: 'DATE',
      // A solar month straddles two Gregorian months; the value names the one it starts in.
      value: day ? range.start : range.start.slice(0, 7),
      precision: day ? 'day' : 'month',
      range,
      known: {
        persianMonth: month,
        ...(day ? { persianDay: day } : {}),
        ...(yearText ? { persianYear: year } : {}),
      },
      implied: yearText ? {} : { persianYear: year },
      anchor: yearText ? 'none' : 'dct',
      explanation: `"${whole}" is a solar Hijri date${yearText ? '' : `; year ${year} taken from publication date ${context.referenceLabel}`} → ${humanDate(range.start)}${range.end !== range.start ? ` to ${humanDate(range.end)}` : ''}`,
    });
  },
};
