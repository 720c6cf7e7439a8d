import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';

/**
 * Whether trigger `x` is the verb of the "since" clause that holds a date (its first token at
 * `at`): "the first significant fighting there since government forces imposed military control
 * some weeks ago" dates the imposing, not the fighting the clause measures from. The verb stands in
 * the clause before the date, with no punctuation or new clause between them (not "since troops
 * moved in, protests grew on Friday"); verbs joined to it may ("since a rig exploded and sank last
 * month").
 */
export function sinceClauseVerb(
  tokens: readonly Token[],
  clause: Clause,
  at: number,
  x: { readonly index: number; readonly pos: string },
): boolean {
  if (clause.kind !== 'subordinate' || !/^since$/i.test(tokens[clause.from]?.text ?? '')) return false;
  if (x.pos !== 'VERB' || x.index <= clause.from || x.index >= at) return false;
  return !tokens
    .slice(x.index + 1, at)
    .some((y) => /^(?:PUNCT|SCONJ)$/.test(y.pos) || /^(?:who|which|that|when|where)$/i.test(y.text));
}
