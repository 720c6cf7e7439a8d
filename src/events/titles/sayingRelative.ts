import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { finite } from './clauseRun.ts';
import { CLAUSE_VERBS } from './words.ts';

/**
 * Whether the relative clause `clause`, its verb the saying at `k`, runs on through the words said:
 * "markets were beginning to heed warnings from analysts who said | Wednesday's sell-off … | was an
 * overreaction" — after the sentence's own finite verb, no main verb is left to close the relative
 * clause, and the verb after the words' subject is theirs ("The report that was released on Monday |
 * said …" keeps its close: no finite verb stands before its pronoun).
 */
export function sayingRelative(tokens: readonly Token[], clause: Clause, k: number): boolean {
  if (clause.kind !== 'relative' || tokens[k]?.pos !== 'VERB' || !CLAUSE_VERBS.test(tokens[k]!.lemma))
    return false;
  return tokens.slice(0, clause.from).some((_, i) => finite(tokens, i));
}
