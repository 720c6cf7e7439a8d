import type { TaggingContext } from '../context.ts';
import { isoDate, monthRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { calendarQuarter } from './calendarQuarter.ts';

const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** Months of a quarter (Q1–Q4) or half (H1–H2) of a year. */
export function partRange(year: number, kind: 'Q' | 'H', n: number) {
  const months = kind === 'Q' ? 3 : 6;
  return { start: isoDate(year, (n - 1) * months + 1, 1), end: monthRange(year, n * months).end };
}

/**
 * The year of a quarter or half named without one: the DCT's, or the year before when that part
 * has not begun by publication and the clause does not look ahead.
 */
export function unstatedPartYear(
  context: TaggingContext,
  kind: 'Q' | 'H',
  n: number,
  start: number,
  end: number,
): number {
  const notBegun = partRange(context.year, kind, n).start > context.reference;
  return notBegun && tenseAt(context.text, start, end) !== 'future' ? context.year - 1 : context.year;
}

/** "half" of a smaller unit ("the first half hour", "the last half century") is not a half-year. */
const HALF_OF_UNIT =
  /^\s+(?:an?\s+)?(?:hours?|minutes?|seconds?|days?|weeks?|months?|decades?|century|centuries|dozen|miles?|points?|innings?|percent)\b/i;

/** Which part of the year an ordinal names: Q1–Q4, H1–H2 ("last"/"latter" half is H2), or none. */
function partNumber(ordinal: string, kind: 'Q' | 'H', two: boolean, yearStated: boolean): number | undefined {
  const last = ordinal === 'last' || ordinal === 'latter' || ordinal === 'final';
  // "the first two quarters" is H1; "the last two quarters" without a year is the past six months.
  if (two) return ordinal === 'first' ? 1 : last && yearStated ? 2 : undefined;
  if (kind === 'H')
    return ordinal === 'first' || ordinal === '1st'
      ? 1
      : ordinal === 'second' || ordinal === '2nd' || last
        ? 2
        : undefined;
  // A bare "last quarter" is the previous quarter (relativePeriodParser), not Q4.
  if (ordinal === 'last') return yearStated ? 4 : undefined;
  return ORDINAL[ordinal];
}

/**
 * "the third quarter", "third-quarter", "the fourth quarter of 1998", "this year's first
 * quarter", "the 1988 second quarter", "the first half", "the last half of 1989", "the first two
 * quarters of 1990" (H1), "the second half of the year". Without a year the part is this year's,
 * or last year's when it has not begun yet and the clause is not future tense.
 */
export const quarterParser: PatternParser = {
  name: 'QuarterParser',
  trigger: /\b(?:quarters?|half|period)\b/i,
  // (Tried only near "quarter", "half", "period": "this year's fiscal first two fiscal quarters"
  // has six runs of spaces or hyphens before it.)
  anchor: { pattern: /quarter|half|period/gi, spacesBefore: 6 },
  pattern:
    /(?<![\w-])(?:(the|(this|last|next)\s+year['’]s|(?:the\s+)?((?:19|20)\d\d)(?:['’]s)?)\s+)?(?:(fiscal|calendar)[\s-]+)?(first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)(?:\s+(two))?[\s-]+(?:(fiscal|calendar)\s+)?(quarters?|half|period)(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?((?:19|20)\d\d)|\s+of\s+(the|this|last|next)\s+(?:fiscal\s+)?year)?(?![\w-])/gi,
  extract(context, match) {
    const [whole, , relYear, possYear, , ordinal = '', two, , kindWord = '', yearText, ofYear] = match;
    const kindLower = kindWord.toLowerCase();
    if (kindLower === 'period' || (kindLower === 'quarters') !== Boolean(two)) return null;
    const end = match.index + whole.length;
    if (kindLower === 'half' && HALF_OF_UNIT.test(context.text.slice(end, end + 20))) return null;
    const ofRel = ofYear?.toLowerCase();
    const yearStated = Boolean(yearText || possYear || relYear || (ofRel && ofRel !== 'the'));
    const kind = two || kindLower === 'half' ? 'H' : 'Q';
    const n = partNumber(ordinal.toLowerCase(), kind, Boolean(two), yearStated || ofRel === 'the');
    if (!n) return null;
    let year: number;
    let stated = true;
    if (yearText || possYear) year = Number(yearText ?? possYear);
    else if (relYear || (ofRel && ofRel !== 'the'))
      year = context.year + ({ this: 0, last: -1, next: 1 }[(relYear ?? ofRel ?? '').toLowerCase()] ?? 0);
    else {
      stated = false;
      year = unstatedPartYear(context, kind, n, match.index, end);
    }
    return draft({
      start: match.index,
      end,
      type: 'DATE',
      value: `${year}-${kind}${n}`,
      precision: kind === 'Q' ? 'quarter' : 'month',
      range: partRange(year, kind, n),
      known: { [kind === 'Q' ? 'quarter' : 'half']: n, ...(stated ? { year } : {}) },
      implied: stated ? {} : { year },
      anchor: stated ? 'none' : 'dct',
      explanation: stated
        ? `"${whole}" states ${kind}${n} of ${year}`
        : `"${whole}" names ${kind}${n}; year ${year} taken from publication date ${context.referenceLabel}`,
    });
  },
};

/**
 * "the quarter", "the latest quarter", "the period": the quarter the report is about — the last
 * quarter named before, else the last quarter completed before the DCT. Not a town's quarter
 * ("the quarter of Qarabis", "the quarter of the Old City").
 */
export const theQuarterParser: PatternParser = {
  name: 'NarrativeQuarterParser',
  words: ['quarter', 'period'],
  pattern:
    /(?<![\w-])the\s+(?:(latest|most\s+recent)\s+(?:quarter|period)|(?:recent\s+|year-earlier\s+|year-ago\s+)?quarter)(?![\w-])(?!\s+of\s+(?:the\s+)?[A-Z])/gi,
  extract(context, match) {
    // "shelling in the quarter" after "the Christian quarter": a district, not a quarter of the year.
    if (!calendarQuarter(context.text, match.index, match.index + match[0].length)) return null;
    const quarter = {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      precision: 'quarter',
    } as const;
    if (match[1]) {
      // "the latest quarter" is the reported quarter named before (a forecast one is no anchor),
      // else the last one completed before publication.
      return draft({
        ...quarter,
        pending: {
          kind: 'narrative',
          unit: 'quarter',
          offset: 0,
          sameGrain: true,
          fallback: -1,
          completed: true,
        },
      });
    }
    const yearBack = /year-(?:earlier|ago)/i.test(match[0]) ? -4 : 0;
    return draft({
      ...quarter,
      pending: {
        kind: 'narrative',
        unit: 'quarter',
        offset: yearBack,
        sameGrain: true,
        fallback: yearBack - 1,
        ...(yearBack ? { comparison: true, yearBefore: true } : {}),
      },
    });
  },
};
