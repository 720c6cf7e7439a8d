import type { Token } from '../nlp/annotate.ts';
import { isFiniteVerb } from '../nlp/token.ts';

/**
 * "It rapidly spread through Europe, … lasting until 1892 and eventually killing an estimated one
 * million people" → not "It killing …"; "Syria, the dominant partner, had a large military presence
 * …, finally withdrawing soldiers in 2005" → not "Syria withdrawing soldiers": a participle in
 * "-ing" with no auxiliary of its own has no subject of its own; a noun phrase found before another
 * clause's finite verb is that verb's subject, and a title of the two with the verb left out reads
 * as a clause that lost its verb. Whether the subject found (`who`) is borrowed so, for the
 * trigger `k` whose verb group starts at `g`.
 */
export function borrowedSubject(
  tokens: readonly Token[],
  who: readonly number[],
  g: number,
  k: number,
  skipped: (i: number) => boolean,
): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !/ing$/i.test(t.text) || who.length === 0) return false;
  // (Adverbs may stand in its group: "eventually killing"; an auxiliary may not: "were killing".)
  if (tokens.slice(g, k).some((x) => x.pos !== 'ADV')) return false;
  const last = Math.max(...who);
  for (let i = last + 1; i < g; i++) {
    const x = tokens[i]!;
    if (skipped(i)) continue;
    if (isFiniteVerb(x)) return true;
  }
  return false;
}
