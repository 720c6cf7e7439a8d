import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { sentenceAround } from '../sentenceAround.ts';
import { alternation, ORDINAL_WORDS } from '../vocabulary.ts';
import { HABITUAL, LIST_AND } from './setParser.ts';

/** "second", "2nd": an ordinal a quarter can take, one to four. */
const QUARTER_ORDINAL = `(?:${alternation(
  Object.entries(ORDINAL_WORDS)
    .filter(([, n]) => n >= 1 && n <= 4)
    .map(([w]) => w),
)}|[1-4](?:st|nd|rd|th))`;
const QUARTER_ORDINAL_WORD = new RegExp(`(?<![\\w-])${QUARTER_ORDINAL}(?![\\w-])`, 'gi');

/** The quarter an ordinal names: "second" and "2nd" are both 2. */
function quarterOf(ordinal: string): number | undefined {
  const lower = ordinal.toLowerCase();
  return ORDINAL_WORDS[lower] ?? (/^[1-4]/.test(lower) ? Number(lower[0]) : undefined);
}

/**
 * "is usually conducted in the second and fourth quarters": coordinated quarters in a habitual
 * clause are the same quarters of every year (XXXX-Q2, XXXX-Q4). Without a habit cue they are
 * this year's quarters ("profit rose in the second and third quarters"), left to the quarter
 * parser.
 */
export const habitualQuarterParser: PatternParser = {
  name: 'HabitualQuarterParser',
  trigger: /\bquarters\b/i,
  words: ['quarters'],
  pattern: new RegExp(
    `(?<![\\w-])the\\s+(${QUARTER_ORDINAL}(?:${LIST_AND}${QUARTER_ORDINAL})+)[\\s-]+quarters(?![\\w-])`,
    'gi',
  ),
  extract(context, match) {
    const [whole, list = ''] = match;
    const sentence = sentenceAround(context.text, match.index, match.index + whole.length);
    if (!HABITUAL.test(context.text.slice(sentence.start, match.index))) return null;
    const listStart = match.index + whole.indexOf(list);
    const ordinals = [...list.matchAll(QUARTER_ORDINAL_WORD)];
    return ordinals.map((o, k) => {
      const start = listStart + o.index;
      // The last ordinal carries the noun: "second" and "fourth quarters", as TimeBank marks them.
      const end = k === ordinals.length - 1 ? match.index + whole.length : start + o[0].length;
      return draft({
        start,
        end,
        type: 'SET',
        value: `XXXX-Q${quarterOf(o[0])}`,
        precision: 'vague',
        explanation: `"${context.text.slice(start, end)}" in a habitual clause: that quarter of every year`,
      });
    });
  },
};
