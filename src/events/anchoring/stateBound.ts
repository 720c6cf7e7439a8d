import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';

/**
 * "shutting all schools until Wednesday May 6", "occupied Lebanon from 1976 until 2005": a date
 * after "until" or "till" bounds the end of a state (TimeML links it ENDED_BY, not IS_INCLUDED);
 * it is no date of the happening. Not "through": "has fallen 2.08% this year through Oct. 19",
 * "will continue to be a drag on earnings through 1990" take in the date (TimeBank links them
 * ENDS or DURING).
 *
 * Not so when the clause is negated: "won't be completed until August", "it wasn't until the
 * early 1900s that scientists discovered", "Until Saturday, none of the sludge had reached shore"
 * date the happening at that time.
 */
const BOUND_BEFORE = /\b(?:until|till)\s+$/i;

/** A negation of the clause: "not", "n't", "never", "no", "none", "nothing", "nobody". */
const NEGATION = /(?:\bnot\b|n['’]t\b|\bnever\b|\bno\b|\bnone\b|\bnothing\b|\bnobody\b|\bneither\b)/i;

/**
 * Whether the date at `start..end` of `text` (a sentence, or any text with the date in it) bounds
 * the end of a state rather than dating a happening.
 */
export function boundsStateEnd(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const m = BOUND_BEFORE.exec(before);
  if (!m) return false;
  // "until April's BP accident": the date dates the noun it is the possessive of. "until August,
  // when a relief well is expected to be completed": it is the time of the "when" clause too.
  if (/^\s*(?:['’]s\b|,?\s*when\b)/i.test(text.slice(end, end + 8))) return false;
  // The clause of "until": back to the last clause break (not the comma of "19,000"), or on to the
  // next when "until" opens it.
  const head = text.slice(Math.max(0, start - m[0].length - 400), start - m[0].length);
  const breaks = [...head.matchAll(/[;:]|,(?!\d)|[.!?](?=\s)/g)];
  const ownClause = head.slice(breaks.at(-1)?.index ?? 0);
  if (NEGATION.test(ownClause)) return false;
  // "Until Saturday, none of the sludge had reached shore": "until" opens the clause.
  if (!/\w/.test(ownClause.replace(/^[,;:]/, '').replace(/\b(?:and|but|up|even|only|just)\b/gi, ''))) {
    // "they didn't discover what had happened, until mid-July": the clause before the comma.
    const after = text.slice(end, end + 400).split(/[.;!?](?:\s|$)/)[0] ?? '';
    const sentence = head.slice(breaks.findLast((b) => b[0] !== ',')?.index ?? 0);
    if (NEGATION.test(after) || NEGATION.test(sentence)) return false;
  }
  return true;
}

/**
 * The time of a happening whose state a date ends. A coming date ("shutting all schools until
 * Wednesday May 6", "will withhold dividends until the end of the year"): in force from publication
 * to that date, never a plan of that date. A past one ("the spill ran until July 15", "continued to
 * dwindle until 1988"): on or before it, and nothing says since when.
 */
export function untilTime(t: TemporalExpression, published: string): EventTime {
  const range = t.range!;
  const explanation = t.explanation || `“${t.text}”`;
  if (range.end > published) {
    return {
      start: published < range.start ? published : range.start,
      end: range.end,
      precision: t.precision,
      value: t.value,
      approximate: true,
      mod: 'ON_OR_BEFORE',
      explanation: `until ${explanation}: in force from publication (${published}) until then, not a happening of that date`,
    };
  }
  // Drawn at the date it ended, as the text gives no start; an earlier bound made up here would
  // also turn the undated news after it into background.
  return {
    start: range.start,
    end: range.end,
    precision: t.precision,
    value: t.value,
    approximate: true,
    mod: 'ON_OR_BEFORE',
    explanation: `until ${explanation}: a state that ended then, so on or before it`,
  };
}
