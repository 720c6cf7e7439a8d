/**
 * A happening that comes at a fixed time and is looked ahead to: a deadline, a truce, a vote, a
 * summit. "the Tuesday truce deadline", "the Sunday vote": the weekday modifies the noun.
 */
const HAPPENING =
  /^\s+(?:[\p{L}-]+\s+){0,2}(?:deadlines?|truce|ceasefire|cease-fire|votes?|ballot|referendum|elections?|summit|meeting|talks|hearing|session|conference|debate|polls?|rally)\b/iu;

/** "ahead of the", "until the", "by the", "in the run-up to the": the phrase looks ahead. */
const AHEAD = /\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|until|till|by)\s+(?:the|a|this)\s+$/i;
/** "was defeated by the", "passed by the": "by" after a participle names the agent, and looks nowhere. */
const AGENT_BY = /\b[\p{L}]+(?:ed|en|wn)\s+by\s+(?:the|a|this)\s+$/iu;
/** "before the": looks ahead, or back at a happening already come ("had quit before the Sunday vote"). */
const BEFORE = /\bbefore\s+(?:the|a)\s+$/i;
/** "as the Tuesday truce deadline approaches", "with the Sunday vote looming": the happening is still to come. */
const NEARING =
  /^\s+(?:approaches|approach|nears|looms|draws\s+near|draw\s+near|looming|approaching|nearing)\b/i;
/** "as the", "with the" before the weekday, for `NEARING`. */
const AS_THE = /\b(?:as|with)\s+the\s+$/i;

/**
 * How a weekday used as a noun's modifier looks ahead to that happening: `firmly` ("ahead of the
 * Tuesday truce deadline", "as the Tuesday truce deadline approaches"), `loosely` ("before the
 * Sunday vote"), or not at all. A bare weekday there is not the clause's past day: "the government
 * has decided to continue … as the Tuesday truce deadline approaches" names the coming Tuesday.
 */
export function weekdayBeforeHappening(
  text: string,
  start: number,
  end: number,
): 'firmly' | 'loosely' | undefined {
  const after = text.slice(end, end + 60);
  const noun = HAPPENING.exec(after);
  if (!noun) return undefined;
  const before = text.slice(Math.max(0, start - 40), start);
  if (AHEAD.test(before) && !AGENT_BY.test(before)) return 'firmly';
  if (AS_THE.test(before) && NEARING.test(after.slice(noun[0].length))) return 'firmly';
  if (BEFORE.test(before)) return 'loosely';
  return undefined;
}
