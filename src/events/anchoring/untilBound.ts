import type { TemporalExpression } from '../../model/timex.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { tokenRange } from './attachTimex.ts';
import { boundsStateEnd } from './stateBound.ts';

/** What ends the clause an "until" date bounds: a comma, semicolon, colon or dash. */
const STOP = /^(?:,|;|:|-|–|—|--)$/;
/** Words that may stand between a clause break and an opening "until": "and until …". */
const OPENER = /^(?:and|but|up|even|only|just|until|till)$/i;

/**
 * The article offsets of the clause whose state an "until" date ends (`boundsStateEnd`): "Thirty-three
 * million Mexican schoolchildren will be off school until the middle of next week as authorities
 * seek to contain the outbreak" — the date ends the closure before it, never the seeking after it.
 * The clause runs back from the date to the last break, or, when "until" opens it ("Until Monday,
 * the schools stay shut"), on from the date to the next break, or, with nothing there, back over the
 * clause before its comma. Words past it are not the state's.
 */
export function untilBoundClause(
  s: Sentence,
  text: string,
  t: TemporalExpression,
): { readonly from: number; readonly to: number } | undefined {
  if (!boundsStateEnd(text, t.start, t.end)) return undefined;
  const { tokens } = s;
  const [first, last] = tokenRange(tokens, t.start, t.end);
  let k = first - 1;
  while (k >= 0 && !STOP.test(tokens[k]!.text)) k--;
  const own = tokens.slice(k + 1, first);
  if (own.some((x) => !OPENER.test(x.text))) return { from: tokens[k + 1]!.start, to: t.end };
  let to = last;
  // (Past the date's own comma: "Until Monday, the schools stay shut, officials said".)
  if (tokens[to]?.text === ',') to++;
  while (to < tokens.length && !STOP.test(tokens[to]!.text)) to++;
  if (tokens.slice(last, to).some((x) => /\w/.test(x.text)))
    return { from: t.start, to: tokens[to - 1]!.end };
  // Nothing after it: the clause before its comma ("is expected to last five weeks, until the end of
  // October").
  if (k < 0) return undefined;
  let j = k - 1;
  while (j >= 0 && !STOP.test(tokens[j]!.text)) j--;
  return { from: tokens[j + 1]!.start, to: t.end };
}
