import type { Draft } from '../draft.ts';
import { sentenceAround } from '../sentenceAround.ts';

/** Precisions that can hold "the week" the story is at: a day, a clock time or a week. */
const WEEK_HOLDERS = new Set(['time', 'day', 'week']);
/** "earlier in the week", "earlier in the month": counted back from the writer's present. */
const EARLIER_IN = /\bearlier\s+in\s+$/i;

/**
 * Whether `anchor` can place "the week" or "the month" (`d`, from TheDayParser) in the story: a
 * coarser date ("2006", "March 1980", "a decade ago") holds no week the story is at ("by the end of
 * the week" after "in 2006" is the writer's week, and TIMEX3 has no unknown week of a year); and "earlier in the week" is counted from the
 * writer's present unless its own sentence names the day it looks back from ("arrived from Hong
 * Kong earlier in the week" after "arrived on 16 May" is publication's week).
 */
export function periodAnchorFits(text: string, d: Draft, unit: string, anchor: Draft): boolean {
  if (!d.tags.includes('TheDayParser') || (unit !== 'week' && unit !== 'month')) return true;
  // (A month within a year stays "later in the month" of that year, `1997-XX`: TimeML can say so.)
  if (unit === 'week' && !WEEK_HOLDERS.has(anchor.precision)) return false;
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  // (The tagger's own sentence, whose periods of "Mr." or "U.S." end none.)
  return !EARLIER_IN.test(before) || sentenceAround(text, d.start, d.end).start <= anchor.start;
}
