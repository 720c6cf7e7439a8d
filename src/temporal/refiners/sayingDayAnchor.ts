import type { Draft } from '../draft.ts';

/** A verb of saying right before a day: "officials said on Saturday", "BP said today", "told reporters on Friday". */
const SAID_BEFORE =
  /\b(?:said|says|told|added|announced|confirmed|reported|stated)\s+(?:(?:reporters|journalists|the\s+BBC|\p{Lu}\p{L}+)\s+)?(?:on\s+|late\s+|early\s+)?$/u;

/** A sentence end, or a paragraph break. */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])|\n\s*\n/;

/**
 * The day a narrative step ("The previous day", "the day before", "a day earlier") counts from
 * when the last day placed only dates the report of an earlier sentence: "The rig sank on Friday,
 * officials said on Saturday. The previous day, …" counts from Friday, the happening told, not
 * from the day it was told (in a weekend story, often publication's own day). The caller asks only
 * for a step back: a same-day or forward step ("That evening", "The next day") goes on from the
 * last day the story reached, the saying's. Undefined when the
 * last day is no saying's date, or no day of its sentence comes before it.
 */
export function sayingDayAnchor(
  text: string,
  last: Draft | undefined,
  before: Draft | undefined,
  d: Draft,
): Draft | undefined {
  if (!last?.range || !before?.range || before.end > last.start) return undefined;
  if (!SAID_BEFORE.test(text.slice(Math.max(0, last.start - 40), last.start))) return undefined;
  // The told happening's day in the saying's sentence, earlier than the saying; the step in a later sentence.
  if (SENTENCE_END.test(text.slice(before.end, last.start + 1))) return undefined;
  if (!SENTENCE_END.test(text.slice(last.end, d.start + 1))) return undefined;
  return before.range.start <= last.range.start ? before : undefined;
}
