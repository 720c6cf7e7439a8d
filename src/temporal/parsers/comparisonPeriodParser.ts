import { draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { durationValue } from '../units.ts';
import { ORDINAL_WORDS } from '../vocabulary.ts';
import { partRange, unstatedPartYear } from './quarterParser.ts';

/** Words that make a period the one a year before the reported one. */
const YEAR_BACK = '(?:year-ago|year-earlier|prior-year|year-before)';
const ALIKE = '(?:comparable|corresponding|same|like)';

/**
 * Earnings reports compare a period with the same period a year before, in phrases that name
 * both at once: "the year-ago third quarter", "the comparable year-ago quarter", "the quarter a
 * year ago", "the corresponding period last year", "last year's quarter", "the year-earlier
 * nine months", "the 1988 period". Each is one expression: a quarter one year back (from the quarter the story
 * reports, or the one it names), or a span for a count of months.
 */
export const comparisonPeriodParser: PatternParser = {
  name: 'ComparisonPeriodParser',
  // Every form names its period after a space or hyphen: runs before it are at most the, alike
  // word, "year-ago" (two), "fiscal", an ordinal, or "the year-earlier" and a count (≤ 5).
  anchor: { pattern: /[\s-](?:quarter|period|months)(?![\w-])/gi, spacesBefore: 9 },
  pattern: new RegExp(
    [
      // 1: "the year-ago third quarter", 2: its ordinal
      `(?<![\\w-])(the\\s+(?:${ALIKE}\\s+)?${YEAR_BACK}\\s+(?:fiscal\\s+)?(first|second|third|fourth)[\\s-]quarter)(?![\\w-])`,
      // 3: "last year's third quarter", 4: its ordinal
      `(?<![\\w-])(last\\s+year['’]s\\s+(?:(first|second|third|fourth)[\\s-])?(?:quarter|period))(?![\\w-])`,
      // 5: "the comparable year-ago quarter", "the quarter a year ago", "the same period last year"
      `(?<![\\w-])(the\\s+(?:(?:${ALIKE}\\s+)?${YEAR_BACK}\\s+(?:quarter|period)|(?:${ALIKE}\\s+)?(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?last\\s+year|the\\s+year\\s+before)))(?![\\w-])`,
      // 6: "the year-earlier nine months", 7: the count
      `(?<![\\w-])(the\\s+${YEAR_BACK}\\s+(${NUMBER_PATTERN})\\s+months)(?![\\w-])`,
      // 8: "the 1988 period", "the 1989 quarter", 9: the year
      `(?<![\\w-])(the\\s+((?:19|20)\\d\\d)\\s+(?:fiscal\\s+)?(?:quarter|period))(?![\\w-])`,
    ].join('|'),
    'gi',
  ),
  extract(context, match) {
    const [, named, namedOrdinal, possessive, possessiveOrdinal, relative, span, count, ofYear, year] = match;
    const whole = named ?? possessive ?? relative ?? span ?? ofYear ?? '';
    const base = { start: match.index, end: match.index + whole.length };
    if (span) {
      const value = durationValue(parseNumber(count ?? ''), 'months');
      if (!value) return null;
      return draft({
        ...base,
        type: 'DURATION',
        value,
        precision: 'month',
        explanation: `"${whole}" is the same span a year before: ${value}`,
      });
    }
    if (ofYear) {
      // The quarter the story reports, in the year named; with no quarter before, that year.
      return draft({
        ...base,
        type: 'DATE',
        precision: 'quarter',
        pending: { kind: 'narrative', unit: 'quarter', offset: 0, sameGrain: true, year: Number(year) },
      });
    }
    const ordinal = (namedOrdinal ?? possessiveOrdinal)?.toLowerCase();
    if (ordinal) {
      // The named quarter of the reported year (the DCT's, or the last one if it has not begun),
      // then one year back.
      const n = ORDINAL_WORDS[ordinal] ?? 1;
      const year = unstatedPartYear(context, 'Q', n, base.start, base.end) - 1;
      return draft({
        ...base,
        type: 'DATE',
        value: `${year}-Q${n}`,
        precision: 'quarter',
        range: partRange(year, 'Q', n),
        known: { quarter: n },
        implied: { year },
        anchor: 'dct',
        explanation: `"${whole}" is Q${n} of the year before the one reported → Q${n} ${year}`,
      });
    }
    return draft({
      ...base,
      type: 'DATE',
      precision: 'quarter',
      pending: {
        kind: 'narrative',
        unit: 'quarter',
        offset: -4,
        sameGrain: true,
        fallback: -5,
        comparison: true,
        yearBefore: true,
      },
    });
  },
};
