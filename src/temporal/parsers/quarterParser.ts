import { isoDate, monthRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';
import { shiftedPoint } from '../units.ts';

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
 * "the third quarter", "third-quarter", "the fourth quarter of 1998", "this year's first
 * quarter", "the 1988 second quarter", "the first half". Without a year the quarter is this year's, or last year's when
 * it has not begun yet and the clause is not future tense.
 */
export const quarterParser: PatternParser = {
  name: 'QuarterParser',
  trigger: /\b(?:quarters?|half|period)\b/i,
  pattern:
    /(?<![\w-])(?:(the|(this|last|next)\s+year['’]s|(?:the\s+)?((?:19|20)\d\d)(?:['’]s)?)\s+)?(?:(fiscal|calendar)\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:(fiscal|calendar)\s+)?(quarter|half|period)(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?((?:19|20)\d\d))?(?![\w-])/gi,
  extract(context, match) {
    const [whole, , relYear, possYear, , ordinal = '', , kindWord = '', yearText] = match;
    const n = ORDINAL[ordinal.toLowerCase()];
    const kindLower = kindWord.toLowerCase();
    if (!n || kindLower === 'period') return null;
    const kind = kindLower === 'half' ? 'H' : 'Q';
    if (kind === 'H' && n > 2) return null;
    let year: number;
    let stated = true;
    if (yearText || possYear) year = Number(yearText ?? possYear);
    else if (relYear) year = context.year + ({ this: 0, last: -1, next: 1 }[relYear.toLowerCase()] ?? 0);
    else {
      stated = false;
      year = context.year;
      const begins = partRange(year, kind, n).start;
      if (
        begins > context.reference &&
        tenseAt(context.text, match.index, match.index + whole.length) !== 'future'
      )
        year -= 1;
    }
    return draft({
      start: match.index,
      end: match.index + whole.length,
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
 * quarter named before, else the last quarter completed before the DCT.
 */
export const theQuarterParser: PatternParser = {
  name: 'NarrativeQuarterParser',
  pattern:
    /(?<![\w-])the\s+(?:(latest|most\s+recent)\s+(?:quarter|period)|(?:recent\s+|year-earlier\s+|year-ago\s+)?quarter)(?![\w-])/gi,
  extract(context, match) {
    if (match[1]) {
      // "the latest quarter" is the last one completed before publication, whatever the story
      // mentioned last (often the coming quarter).
      const point = shiftedPoint(context.reference, -1, 'quarter');
      if (!point) return null;
      return draft({
        start: match.index,
        end: match.index + match[0].length,
        type: 'DATE',
        value: point.value,
        precision: 'quarter',
        range: point.range,
        anchor: 'dct',
        explanation: `"${match[0]}" is the last quarter completed before publication (${context.referenceLabel}) → ${point.label}`,
      });
    }
    const yearBack = /year-(?:earlier|ago)/i.test(match[0]) ? -4 : 0;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      precision: 'quarter',
      pending: {
        kind: 'narrative',
        unit: 'quarter',
        offset: yearBack,
        sameGrain: true,
        fallback: yearBack - 1,
        ...(yearBack ? { comparison: true } : {}),
      },
    });
  },
};
