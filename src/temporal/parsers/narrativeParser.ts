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
