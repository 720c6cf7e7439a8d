import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { FINITE_AUX } from './words.ts';

/** A finite auxiliary (`FINITE_AUX`, or "do"): the verb of a clause of its own, which needs its own subject. */
const finiteAux = (word: string): boolean => FINITE_AUX.test(word) || /^do$/i.test(word);

/**
 * Where the words of a verb in a subordinate or relative clause end, when the clause split ran on
 * into the main clause: "… before it was cut and capped [last week] | has concluded that …" — a
 * finite auxiliary right after the verb (past its dates and adverbs), with no subject between,
 * is the main clause's verb, whose subject stood before the subordinate clause. Its title ends
 * there ("It was cut and capped"), not "It was cut and capped has concluded …". Returns the
 * clause's end unchanged otherwise; `end` is the last token of the verb group.
 */
export function gluedVerb(
  tokens: readonly Token[],
  clause: Clause,
  end: number,
  skipped: (i: number) => boolean,
): number {
  if (clause.kind !== 'subordinate' && clause.kind !== 'relative') return clause.to;
  // (Not a participle after its noun: "the fund agreed [earlier this week] might not cover …".)
  let g = end;
  while (g > clause.from && /^(?:VERB|AUX|PART|ADV|CCONJ)$/.test(tokens[g - 1]!.pos)) g--;
  if (
    !tokens.slice(g, end + 1).some((t) => t.pos === 'AUX') &&
    /^(?:NOUN|PROPN)$/.test(tokens[g - 1]?.pos ?? '')
  )
    return clause.to;
  let j = end + 1;
  while (j < clause.to && skipped(j)) j++;
  const t = tokens[j];
  return j < clause.to && t !== undefined && t.pos === 'AUX' && finiteAux(t.text) ? j : clause.to;
}
