import type { TemporalExpression } from '../../model/timex.ts';
import type { Token } from '../nlp/annotate.ts';
import { tokenRange } from './attachTimex.ts';

/** How many words a "since" phrase may hold before its date. */
const REACH = 10;

/**
 * The token of a "since" that reaches its date through the noun of a happening ("since his death on
 * 25 June", "Since its inception at the end of 1999", "since the explosion on the Deepwater Horizon
 * rig on 20 April"), or -1 with none: a clause outside the phrase runs from that date, as after a
 * bare "since" ("Sony has sold 31 million copies since his death on 25 June" is no sale of that day),
 * while the phrase's own noun is told at the date. Only a noun phrase and its prepositions: a
 * clause ("since protests erupted in March") or a comma between ends the phrase; a bare "since
 * March" is read by `anchorTime`.
 */
export function sinceThrough(tokens: readonly Token[], t: TemporalExpression): number {
  const [a] = tokenRange(tokens, t.start, t.end);
  // The date after the phrase's preposition, right after its noun ("since the BP oil spill nearly
  // three months ago") or inside it ("since shortly after the Oct. 23 slaying").
  const before = tokens[a - 1];
  if (!before || !/^(?:ADP|NOUN|PROPN|DET|PRON)$/.test(before.pos) || /^since$/i.test(before.text)) return -1;
  for (let k = a - 2; k >= Math.max(0, a - 1 - REACH); k--) {
    const x = tokens[k]!;
    if (/^since$/i.test(x.text)) return k;
    if (
      !/^(?:DET|PRON|ADJ|ADV|NOUN|PROPN|NUM|ADP|PART)$/.test(x.pos) ||
      /^(?:who|which|that|when)$/i.test(x.text)
    )
      return -1;
  }
  return -1;
}

/**
 * Whether a trigger lies outside the "since" phrase at `since`: before it, or past the phrase when
 * it opens the sentence ("Since the explosion on 20 April, the oil giant has been forced …"; "Since
 * the 20 April drilling rig explosion, …": the explosion is the phrase's own noun).
 */
export function outsideSince(
  tokens: readonly Token[],
  since: number,
  t: TemporalExpression,
  trigger: { index: number },
): boolean {
  if (trigger.index < since) return true;
  if (since !== 0) return false;
  let [, end] = tokenRange(tokens, t.start, t.end);
  while (end < tokens.length && /^(?:ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[end]!.pos)) end++;
  return trigger.index >= end;
}

/**
 * Whether the "since" at `since` sets a standard a superlative or "than any" measures against ("the
 * nation's biggest oil spill since the Exxon Valdez disaster in 1989", "for the first time since the
 * explosion on 20 April", "closer to schism than any other issue since the Year of Disruption in
 * 1843"): its date is no time of the clause.
 */
export function comparedSince(tokens: readonly Token[], since: number): boolean {
  for (let k = since - 1; k >= Math.max(0, since - 7); k--) {
    const x = tokens[k]!;
    if (x.pos === 'PUNCT' || x.pos === 'VERB') return false;
    if (x.pos === 'ADJ' && /(?:\p{Ll}{2}est|^first|^most|^least|^worst|^best)$/iu.test(x.text)) return true;
    if (/^than$/i.test(x.text) && /^(?:any|ever)$/i.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * The verb whose clause a "since" phrase at `since` bounds, the nearest of `candidates` before it
 * with no comma between ("Investigators have been searching for Kopp since shortly after the Oct.
 * 23 slaying": the searching), to date when the phrase's own noun makes no title.
 */
export function verbBeforeSince<T extends { index: number; pos: string }>(
  tokens: readonly Token[],
  since: number,
  candidates: readonly T[],
): T | undefined {
  const verb = candidates
    .filter((x) => x.pos === 'VERB' && x.index < since)
    .sort((x, y) => y.index - x.index)[0];
  return verb && !tokens.slice(verb.index, since).some((x) => /^[,;:]$/.test(x.text)) ? verb : undefined;
}
