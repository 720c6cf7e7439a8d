import { yearRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';

/**
 * "the year", "the full year", "the fiscal year", "the current fiscal year": in news the
 * current year, counted from the DCT. Followed by "ended/ending …" it is the twelve months
 * that end then, a duration (P1Y), as TimeBank annotates company results.
 */
export const theYearParser: PatternParser = {
  name: 'TheYearParser',
  trigger: /\byear\b/i,
  pattern:
    /(?<![\w-])the\s+(?:(?:full|whole|entire|current|fiscal|current\s+fiscal)\s+)?year(?![\w-])(?!\s+(?:\d|(?:two\s+thousand|nineteen|of|before|after|earlier|ago|later|in\s+which|when|that|to\s+date)\b))(?=(\s+(?:ended|ending|ends|that\s+ended)\b)?)/gi,
  extract(context, match) {
    const [whole, ending] = match;
    const base = { start: match.index, end: match.index + whole.length };
    if (ending) {
      return draft({
        ...base,
        type: 'DURATION',
        value: 'P1Y',
        precision: 'year',
        explanation: `"${whole}" ending on a stated date is a span of twelve months`,
      });
    }
    const year = context.year;
    return draft({
      ...base,
      type: 'DATE',
      value: String(year),
      precision: 'year',
      range: yearRange(year),
      implied: { year },
      anchor: 'dct',
      explanation: `"${whole}" is the year of publication (${context.referenceLabel}) → ${year}`,
    });
  },
};
