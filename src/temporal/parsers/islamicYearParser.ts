import { islamicToGregorian } from '../calendar/islamic.ts';
import { daysBetween, humanDate, shift } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';

/**
 * "1443 AH", "the Hijri year 1443", "1443 A.H.": a whole Islamic year. It runs from 1 Muharram
 * to the eve of the next, so it straddles two Gregorian years. TIMEX3 has no Hijri value and
 * no two-year value, so the value is the Gregorian year holding most of its days (1443 AH →
 * 2022, which holds 210 of its 354 days); `range` keeps the exact span and the explanation
 * names both years.
 */
export const islamicYearParser: PatternParser = {
  name: 'IslamicYearParser',
  pattern:
    /(?<![\w-])(?:(?:[Tt]he\s+)?(?:Hijri|Islamic|Muslim|lunar)\s+year\s+(1[34]\d\d)(?:\s*(?:AH|A\.H\.))?|(?:[Tt]he\s+year\s+)?(1[34]\d\d)\s*(?:AH|A\.H\.)|(?:[Tt]he\s+year\s+)?(1[34]\d\d)\s+(?:Hijri|hijri))(?![\w-])/g,
  // Every form holds a Hijri year 13xx–14xx: a digit scan, cheaper than the words around it.
  trigger: /\b1[34]\d\d\b/,
  extract(_context, match) {
    const [whole, a, b, c] = match;
    const year = Number(a ?? b ?? c);
    const start = islamicToGregorian(year, 1, 1);
    const end = islamicToGregorian(year + 1, 1, 1);
    const last = shift(end, 'day', -1);
    const first = Number(start.slice(0, 4));
    const second = Number(last.slice(0, 4));
    const daysInFirst = daysBetween(start, `${first}-12-31`) + 1;
    const total = daysBetween(start, last) + 1;
    const gregorian = first === second || daysInFirst * 2 >= total ? first : second;
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE',
      value: String(gregorian),
      precision: 'year',
      range: { start, end: last },
      known: { islamicYear: year },
      explanation: `"${whole}" is the Hijri year ${year}, ${humanDate(start)} to ${humanDate(last)}; TIMEX3 has no Hijri year, so its value is ${gregorian}, the Gregorian year holding most of it${first !== second ? ` (it spans ${first} and ${second})` : ''}`,
    });
  },
};
