import type { Token } from '../nlp/annotate.ts';

/**
 * Whether a participle's found subject (`who`) skips the noun the participle describes: "a
 * problem connecting a … pipe to the "tool" | being inserted into the damaged pipe" is the tool
 * being inserted, not the problem. A verb group with no finite verb (`g` its first token: "being
 * inserted", "leaking") describes the noun right before it; a subject found past that
 * noun (over a reduced relative) would make the participle modify another noun, so the title
 * names no subject rather than the wrong one.
 */
export function skipsDescribedNoun(
  tokens: readonly Token[],
  who: readonly number[],
  g: number,
  skipped: (i: number) => boolean,
): boolean {
  while (tokens[g]?.pos === 'PUNCT') g++;
  const head = tokens[g];
  if (who.length === 0 || head === undefined) return false;
  // (Only an "-ing" form is surely no finite verb: "Footage posted on the internet | showed".)
  if (!(/^being$/i.test(head.text) || (head.pos === 'VERB' && /ing$/i.test(head.text)))) return false;
  let j = g - 1;
  while (j >= 0 && (tokens[j]!.pos === 'PUNCT' || skipped(j)) && tokens[j]!.text !== ',') j--;
  return j > who.at(-1)! && /^(?:NOUN|PROPN)$/.test(tokens[j]?.pos ?? '');
}
