import type { Token } from '../nlp/annotate.ts';

/**
 * The word limit of a title of the `sayer` tokens and then the words said, their verb the
 * `verbAt`-th token of them: "The health ministry in the state of North Rhine-Westphalia said | the
 * majority of the cases at a Japanese school in the city were detected": when the verb is at most
 * six words past `limit`, the limit reaches it and two words more (its participle or particle).
 */
export function reachingVerb(
  tokens: readonly Token[],
  limit: number,
  sayer: readonly number[],
  verbAt: number,
): number {
  if (verbAt < 0) return limit;
  const reach = sayer.filter((i) => tokens[i]!.pos !== 'PUNCT').length + verbAt + 1;
  return reach > limit && reach <= limit + 6 ? reach + 2 : limit;
}
