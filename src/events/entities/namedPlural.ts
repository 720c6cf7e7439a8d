import type { Token } from '../nlp/annotate.ts';

/** Words that only link a sentence to the one before ("But US officials said …"). */
const LINKING = /^(?:but|and|so|yet|still|then)$/i;

/**
 * Where a sentence opens (past a linking word) on a plural that a name modifies, "Jordanian
 * officials", "UN officials", "MSF veterans": its words' token range, or undefined. The tagger
 * takes "Jordanian" for a name, and a name before a common noun is no candidate of its own ("the
 * Obama administration"), so without this "Jordanian officials recently admitted …, though they
 * said …" offered "they" no plural at all. The caller keeps it for a subject only.
 */
export function namedPluralOpening(
  tokens: readonly Token[],
  isPlural: (t: Token) => boolean,
): readonly [number, number] | undefined {
  const from = LINKING.test(tokens[0]?.text ?? '') ? 1 : 0;
  let k = from;
  while (tokens[k]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  if (k === from) return undefined;
  let j = k;
  while (/^(?:ADJ|NOUN)$/.test(tokens[j]?.pos ?? '')) j++;
  // (A possessive or a name's own plural is none: "Syria's allies", "the Syrians".)
  if (j === k || !isPlural(tokens[j - 1]!) || /^['’]/.test(tokens[k]!.text)) return undefined;
  // "Jordanian officials' statements": the plural owns what the sentence is about.
  if (/^['’]/.test(tokens[j]?.text ?? '')) return undefined;
  return [from, j];
}
