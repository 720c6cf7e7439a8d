import type { Token } from '../nlp/annotate.ts';

/**
 * Whether token `k` of a name run `from`..`to` is a middle initial ("Kenneth R. Feinberg", "Thad W.
 * Allen"): one capital and a period, between the run's first and last words. American news gives
 * many a full name so, and the name is a person's as much as "Kenneth Feinberg" is: without this a
 * later "Feinberg flew to Mississippi …. He began …" named no one.
 */
export function middleInitial(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  return k > from && k < to - 1 && /^\p{Lu}\.$/u.test(tokens[k]!.text);
}
