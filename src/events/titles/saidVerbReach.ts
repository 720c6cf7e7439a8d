import type { Token } from '../nlp/annotate.ts';
import { finite } from './clauseRun.ts';
import { CLAUSE_VERBS } from './words.ts';

/**
 * The words a saying's title may run past its limit so that the words said keep their verb:
 * "The BBC's Jim Muir in neighbouring Lebanon says that the International Committee of the Red
 * Cross and Syrian Red Crescent officials | had tried to …" — when the first finite verb of the
 * `tail` (the words said) is at most six words past `limit`, the limit reaches it and two words
 * more (its participle or particle). Zero for a verb that is no saying, or a verb within the limit.
 */
export function saidVerbReach(
  tokens: readonly Token[],
  k: number,
  before: readonly number[],
  tail: readonly number[],
  limit: number,
): number {
  if (tokens[k]?.pos !== 'VERB' || !CLAUSE_VERBS.test(tokens[k]!.lemma)) return 0;
  const verb = tail.findIndex((i) => finite(tokens, i));
  if (verb < 0) return 0;
  const words = (xs: readonly number[]) => xs.filter((i) => tokens[i]!.pos !== 'PUNCT').length;
  const reach = words(before) + words(tail.slice(0, verb + 1));
  return reach + 2 > limit && reach <= limit + 6 ? reach + 2 - limit : 0;
}

/**
 * Whether the `tail` of the saying at `k` opens the words said at their "that" and holds no finite
 * verb: "says that, throughout the day, the International Committee of the Red Cross" — the phrase
 * cut left the words said without their verb, and they run as written instead.
 */
export function verblessSaid(tokens: readonly Token[], k: number, tail: readonly number[]): boolean {
  if (tokens[k]?.pos !== 'VERB' || !CLAUSE_VERBS.test(tokens[k]!.lemma)) return false;
  const first = tokens[tail[0] ?? -1];
  return first?.pos === 'SCONJ' && /^that$/i.test(first.text) && !tail.some((i) => finite(tokens, i));
}
