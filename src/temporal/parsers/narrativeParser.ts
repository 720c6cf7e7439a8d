import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';

/**
 * Phrases dated only by the story around them: "the year-earlier period", "year-ago", "the day
 * before", "the next day" (also matched by the relative-period parser), "then".
 */
export const narrativeParser: PatternParser = {
  name: 'NarrativeParser',
  pattern:
    /(?<![\w-])(?:(the\s+)?(year-earlier|year-ago)(?:\s+period)?|the\s+(day|week|month|year)\s+(before|after)(?=\s*[,.;]))(?![\w-])/gi,
  extract(_context, match) {
    const [whole, , adjective, unit, direction] = match;
    const base = {
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE' as const,
      precision: 'year' as const,
    };
    if (adjective) {
      return draft({ ...base, pending: { kind: 'narrative', unit: 'year', offset: -1, comparison: true } });
    }
    const u = (unit ?? 'day').toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return draft({
      ...base,
      pending: { kind: 'narrative', unit: u, offset: direction?.toLowerCase() === 'before' ? -1 : 1 },
    });
  },
};

/**
 * "later in the day", "for the week", "the week's most active session": a definite "the
 * day/week" after a preposition, or possessive, is the day or week the story is at — the last
 * placed date, else the DCT's. The preposition stays outside the extent.
 */
export const theDayParser: PatternParser = {
  name: 'TheDayParser',
  trigger: /\bthe\s+(?:day|week)\b/i,
  pattern:
    /\b(?:(?:in|for|during|on|of|through|throughout|over)\s+)?(the\s+(day|week))(?:(['’]s)|(?![\w-]))(?!\s+(?:before|after|of|that|when|in|to|which|he|she|they|it|we|I|ahead|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi,
  extract(context, match) {
    const [whole, phrase = '', unit = '', possessive] = match;
    const start = match.index + whole.indexOf(phrase);
    const end = start + phrase.length;
    if (!possessive && phrase.length === whole.length) return null;
    // "a day", "the day" as a unit of rates ("twice the day") or counts is not a date.
    if (/^\s*(?:-|long|old)\b/i.test(context.text.slice(end, end + 6))) return null;
    return draft({
      start,
      end,
      type: 'DATE',
      precision: unit.toLowerCase() === 'week' ? 'week' : 'day',
      pending: { kind: 'narrative', unit: unit.toLowerCase() === 'week' ? 'week' : 'day', offset: 0 },
    });
  },
};
