import { yearRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { tenseAt } from '../tense.ts';

/**
 * "the year", "the full year", "the fiscal year", "the current fiscal year": in news the
 * current year, counted from the DCT. Followed by "ended/ending …" it is the twelve months
 * that end then, a duration (P1Y), as TimeBank annotates company results.
 */
export const theYearParser: PatternParser = {
  name: 'TheYearParser',
  trigger: /\byear\b/i,
  pattern:
    /(?<![\w-])the\s+(?:(?:full|whole|entire|current|fiscal|current\s+fiscal)\s+)?year(?![\w-])(?!\s+(?:\d|(?:two\s+thousand|nineteen|of|before|after|earlier|ago|later|in\s+which|when|to\s+date)\b))(?=(\s+(?:ended|ending|ends|that\s+(?:ended|ends|will\s+end))\b)?)/gi,
  extract(context, match) {
    const [whole, ending] = match;
    const base = { start: match.index, end: match.index + whole.length };
    // "the year that he died" is another year; "the current fiscal year that ends in June" is not.
    if (
      !ending &&
      /^the\s+year$/i.test(whole) &&
      /^\s+that\b/i.test(context.text.slice(base.end, base.end + 6))
    )
      return null;
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

/**
 * "by year end", "at year-end", "the year's end": the close of the year the story is in —
 * the DCT's year with mod END; after "since", or early in the year in past tense, the year
 * just closed.
 */
export const yearEndParser: PatternParser = {
  name: 'YearEndParser',
  trigger: /\byear(?:['’]s)?[\s-]+end\b/i,
  pattern:
    /(?<![\w-])(?:(?:the\s+)?year['’]s\s+end|(?:the\s+)?year[\s-]end)(?![\w-])(?!\s+(?:results?|figures?|bonus|sales|rally|review)\b)/gi,
  extract(context, match) {
    const end = match.index + match[0].length;
    // "since year-end" looks back to the last close; early in the year, past tense does too.
    const since = /\bsince\s+$/i.test(context.text.slice(Math.max(0, match.index - 7), match.index));
    const closed =
      (since && context.month < 12) ||
      (context.month <= 2 && tenseAt(context.text, match.index, end) === 'past');
    const year = closed ? context.year - 1 : context.year;
    return draft({
      start: match.index,
      end,
      type: 'DATE',
      value: String(year),
      mod: 'END',
      precision: 'year',
      range: { start: `${year}-12-01`, end: `${year}-12-31` },
      implied: { year },
      anchor: 'dct',
      explanation: `"${match[0]}" is the close of ${closed ? 'the year just ended' : 'the year of publication'} (${context.referenceLabel}) → ${year}, mod END`,
    });
  },
};
