import type { Token } from '../nlp/annotate.ts';
import { antecedentPhrase } from './relatives.ts';

/** Verb forms that agree with a plural subject only. */
const PLURAL_VERBS = /^(?:were|are|have|'re|’re|'ve|’ve)$/i;

/**
 * "the bodies of another two journalists, Marie Colvin and Remi Ochlik, who were killed": a relative
 * whose plural verb follows a name joined by "and" to names before it stands for all of them, not
 * the last one ("Remi Ochlik were killed"). `np` is the antecedent found so far, `g` the relative's
 * verb group; returns the joined names ("Marie Colvin and Remi Ochlik"), else `np` unchanged.
 */
export function joinedAntecedent(
  tokens: readonly Token[],
  np: number[],
  g: number,
  skipped: (i: number) => boolean,
): number[] {
  if (!PLURAL_VERBS.test(tokens[g]?.text ?? '')) return np;
  const name = (xs: readonly number[]) => xs.length > 0 && xs.every((i) => tokens[i]!.pos === 'PROPN');
  if (!name(np) || !/^and$/i.test(tokens[np[0]! - 1]?.text ?? '')) return np;
  let out = np;
  // The conjuncts before "and", then before each comma of a list ("A, B and C"), at most four.
  for (let at = np[0]! - 1, n = 0; n < 4; n++) {
    const conjunct = antecedentPhrase(tokens, at - 1, skipped);
    if (!name(conjunct) || conjunct.at(-1) !== at - 1) break;
    out = [...conjunct, ...Array.from({ length: out[0]! - conjunct.at(-1)! - 1 }, (_, m) => at + m), ...out];
    at = conjunct[0]! - 1;
    if (tokens[at]?.text !== ',') break;
    // (A comma opens another name of the list only when the one before it is a name too: not
    // "journalists, | Marie Colvin and Remi Ochlik".)
    if (!name(antecedentPhrase(tokens, at - 1, skipped))) break;
  }
  return out;
}
