import { draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { durationValue, UNIT_PATTERN, unitPrecision } from '../units.ts';

const SPAN_WORDS =
  'past|last|next|previous|coming|first|final|recent|latest|following|preceding|ensuing|remaining';

/**
 * Counted spans: "48 hours", "the past two months", "a two-year contract", "several months",
 * "the next few days". TimeML keeps "the past"/"the next" inside the extent.
 */
export const durationParser: PatternParser = {
  name: 'DurationParser',
  pattern: new RegExp(
    `(?<![\\w-])(?:(the|these|those)\\s+)?(?:(${SPAN_WORDS})\\s+)?(${NUMBER_PATTERN})(?:\\s+|-)(${UNIT_PATTERN})(-long|-old|(?=\\s+old\\b))?(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, , , number = '', unitWord = '', age] = match;
    // Ages ("a 45-year-old man", "five years old") are not temporal expressions in TimeML.
    if (age !== undefined && age.toLowerCase() !== '-long') return null;
    const count = parseNumber(number);
    const value = durationValue(count, unitWord);
    if (!value) return null;
    // "a week" inside "once a week" / "twice a year" is a frequency; the set parser takes it.
    if (
      /^an?\s/i.test(whole) &&
      /\b(?:once|twice|times?|per)\s+$/i.test(context.text.slice(Math.max(0, match.index - 8), match.index))
    )
      return null;
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'DURATION',
      value,
      precision: count === undefined ? 'vague' : unitPrecision(unitWord),
      ...(count !== undefined ? { known: { [unitWord.toLowerCase().replace(/s$/, '')]: count } } : {}),
      explanation: `"${whole}" is a span of time: ${value}`,
    });
  },
};

/**
 * A bare plural unit after "for", "over", "within", "in": "for weeks" → "weeks" PXW. The
 * preposition stays outside the extent.
 */
export const vagueDurationParser: PatternParser = {
  name: 'VagueDurationParser',
  pattern:
    /(?<=\b(?:for|over|within|in|lasting|last|lasted|took|takes|spent)\s+)(?:hours|days|weeks|months|years|decades)(?![\w-])/gi,
  extract(_context, match) {
    const value = durationValue(undefined, match[0]);
    if (!value) return null;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DURATION',
      value,
      precision: 'vague',
      explanation: `"${match[0]}" is an uncounted span: ${value}`,
    });
  },
};
