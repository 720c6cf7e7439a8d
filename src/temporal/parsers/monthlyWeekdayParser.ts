import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { alternation, WEEKDAYS } from '../vocabulary.ts';
import { HABITUAL } from './setParser.ts';

const WEEKDAY = alternation(Object.keys(WEEKDAYS));

/** The clause before the phrase, back to a sentence's end or 160 characters. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  return before.slice(before.search(/[^.;!?]*$/));
}

/**
 * "the last Tuesday of the month", "on the first Monday of each month": a weekday counted in its
 * month is a schedule, a SET repeating monthly, when "each" or "every" says so or a habit's word
 * opens its clause ("figures, normally reported on the last Tuesday of the month, …"). It then
 * dates nothing: the sentence's explicit date ("would be released on November 2") dates it.
 * Without such a word ("on the last Tuesday of the month they met") the phrase is left to the
 * other parsers.
 */
export const monthlyWeekdayParser: PatternParser = {
  name: 'MonthlyWeekdayParser',
  words: ['month'],
  pattern: new RegExp(
    `\\b(?:the\\s+)?(?:first|second|third|fourth|last|final)\\s+(?:${WEEKDAY})\\s+(?:of|in)\\s+(the|each|every)\\s+month\\b`,
    'gi',
  ),
  extract(context, match) {
    const every = /^(?:each|every)$/i.test(match[1] ?? '');
    if (!every && !HABITUAL.test(clauseBefore(context.text, match.index))) return null;
    return draft({
      start: match.index,
      end: match.index + match[0].length,
      type: 'SET',
      value: 'P1M',
      precision: 'vague',
      explanation: `"${match[0]}" is a schedule: the day recurs every month`,
    });
  },
};
