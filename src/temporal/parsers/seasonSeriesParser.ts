import { draft } from '../draft.ts';
import { NUMBER_PATTERN } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';

const SEASON_PLURALS: Readonly<Record<string, string>> = { summers: 'SU', winters: 'WI', autumns: 'FA' };

/**
 * A run of seasons: "the past three summers" is XXXX-SU, as TimeBank writes it, like "every
 * summer". "Falls" and "springs" are left out ("the last two falls in share prices").
 */
export const seasonSeriesParser: PatternParser = {
  name: 'SeasonSeriesParser',
  trigger: /\b(?:summers|winters|autumns)\b/i,
  words: ['summers', 'winters', 'autumns'],
  pattern: new RegExp(
    `(?<![\\w-])(?:the\\s+)?(?:past|last|previous|recent|next|coming|first|final)\\s+(?:(?:${NUMBER_PATTERN})\\s+)?(summers|winters|autumns)(?![\\w-])`,
    'gi',
  ),
  extract(_context, match) {
    const [whole, plural = ''] = match;
    const code = SEASON_PLURALS[plural.toLowerCase()];
    if (!code) return null;
    return draft({
      start: match.index,
      end: match.index + whole.length,
      type: 'SET',
      value: `XXXX-${code}`,
      precision: 'vague',
      explanation: `"${whole}" is a run of ${plural.toLowerCase()}: one season of every year`,
    });
  },
};
