import type { TemporalExpression } from '../../model/timex.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';

/** "ahead of", "in the run-up to", "in advance of", "in preparation for" and the words up to a date. */
const LOOKING_AHEAD =
  /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for)\s+(?:[^\s,;:–—-]+\s+){1,8}$/i;

/**
 * The article offsets of the phrase a date lies in when a phrase that looks ahead opens it and the
 * date is still to come (`ahead`): "stopped the use of heavy weaponry by Tuesday, ahead of a full
 * ceasefire coming into place on Thursday" — Thursday dates the ceasefire looked ahead to, never
 * what is done ahead of it. A comma, a colon or a dash ends the phrase. A day already come may
 * date both ("met ahead of the Arab League talks on Sunday", told that Sunday).
 */
export function lookedAheadTo(
  s: Sentence,
  t: TemporalExpression,
  ahead: boolean,
): { from: number; to: number } | undefined {
  if (!ahead) return undefined;
  const before = s.text.slice(Math.max(0, t.start - s.start - 90), t.start - s.start);
  const match = LOOKING_AHEAD.exec(before);
  if (!match) return undefined;
  const rest = s.text.slice(t.end - s.start);
  const close = rest.search(/[,;:–—]|\s-\s/);
  return { from: t.start - before.length + match.index, to: close < 0 ? s.end : t.end + close };
}
