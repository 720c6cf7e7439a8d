import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation } from '../vocabulary.ts';

/**
 * Vague references with their TIMEX3 values; extents as TimeBank marks them. Left out on
 * purpose: "previously", "soon", bare "future"/"recent" — TimeBank annotators mostly skip them.
 */
const VAGUE: Readonly<Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  // "at the then current price": current as of a past moment.
  'then current': 'PAST_REF',
  'then-current': 'PAST_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'the past days': 'PAST_REF',
  'the past weeks': 'PAST_REF',
  'the past months': 'PAST_REF',
  'the past years': 'PAST_REF',
  'past years': 'PAST_REF',
  'the past period': 'PAST_REF',
  'the old days': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
  someday: 'FUTURE_REF',
};

const WORDS: Record<string, string> = {
  PAST_REF: 'some time before',
  PRESENT_REF: 'the time of',
  FUTURE_REF: 'some time after',
};

/** now / recently / the past / the future and kin: no calendar date, only a side of the DCT. */
export const vagueParser: PatternParser = {
  name: 'VagueReferenceParser',
  pattern: new RegExp(`(?<![\\w-])(?:${alternation(Object.keys(VAGUE))})(?![\\w-])`, 'gi'),
  // Every phrase holds one of these words, after at most two words ("at the moment", "a later date").
  anchor: {
    pattern:
      /\b(?:now|nowadays|current(?:ly)?|present(?:ly)?|days|moment|recently|lately|past|future|term|date|someday)\b/gi,
    spacesBefore: 2,
  },
  extract(context, match) {
    const key = match[0].toLowerCase().replace(/\s+/g, ' ');
    const value = VAGUE[key];
    if (!value) return null;
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 14);
    // "the then current price" needs its determiner: "back then current rules" is two phrases.
    if (
      key.startsWith('then') &&
      !/\b(?:the|a|its|their|his|her|our)\s+$/i.test(
        context.text.slice(Math.max(0, match.index - 8), match.index),
      )
    )
      return null;
    // "now" as a discourse marker ("Now, ...") or in "just now" still is PRESENT_REF; but "current"
    // before "account"/"affairs" or "future" before "contracts"/"tense" is not about time.
    if (/^\s+(?:account|accounts|affairs|events|contracts?|tense|generations?|sea|flows?|of)\b/i.test(after))
      return null;
    // "An ocean current is threatening", "a strong current": the noun, after a noun or an adjective
    // and before a verb or a preposition, is water or power moving, not a time.
    if (
      key === 'current' &&
      /^(?:\s+(?:is|was|are|were|has|had|that|which|of|in|from|to|carried|swept|flows?)\b|\s*[,.;])/i.test(
        after,
      ) &&
      /\b(?:ocean|sea|river|tidal|rip|strong|powerful|warm|cold|electric|electrical|loop|gulf|jet|air)\s+$/i.test(
        context.text.slice(Math.max(0, match.index - 16), match.index),
      )
    )
      return null;
    // "short term debt", "near term rates": an adjective of a financial noun, not a time.
    if (
      /term$/.test(key) &&
      /^\s+(?:debt|notes?|bonds?|rates?|interest|loans?|securities|paper|financing|borrowing|yields?|outlook)\b/i.test(
        after,
      )
    )
      return null;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      value,
      precision: 'vague',
      anchor: 'dct',
      explanation: `"${match[0]}" places it vaguely: ${WORDS[value]} publication (${context.referenceLabel})`,
    });
  },
};
