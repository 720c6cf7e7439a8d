import type { Token } from '../nlp/annotate.ts';
import { isNominal, QUOTES } from './words.ts';

/**
 * The subject of a participle whose found subject (`who`) skips the noun it describes: "a problem
 * connecting a … pipe to the "tool" | being inserted into the damaged pipe" is the tool being
 * inserted, not the problem. A verb group with no finite verb (`g` its first token: "being
 * inserted", "leaking") describes the noun right before it; a subject found past that noun over
 * another verb (a reduced relative, "connecting …") would make the participle modify another noun.
 * Returns the noun phrase right before the participle then, else `who` unchanged.
 */
export function describedNoun(
  tokens: readonly Token[],
  who: readonly number[],
  g: number,
  skipped: (i: number) => boolean,
): readonly number[] {
  while (tokens[g]?.pos === 'PUNCT') g++;
  const head = tokens[g];
  if (who.length === 0 || head === undefined) return who;
  // (Only an "-ing" form is surely no finite verb: "Footage posted on the internet | showed".)
  if (!(/^being$/i.test(head.text) || (head.pos === 'VERB' && /ing$/i.test(head.text)))) return who;
  let j = g - 1;
  while (j >= 0 && (tokens[j]!.pos === 'PUNCT' || skipped(j)) && tokens[j]!.text !== ',') j--;
  if (j <= who.at(-1)! || !/^(?:NOUN|PROPN)$/.test(tokens[j]?.pos ?? '')) return who;
  // (Not over an "of" phrase of the subject's own: "44 new cases of the virus | being confirmed".)
  if (!tokens.slice(who.at(-1)! + 1, j).some((t) => t.pos === 'VERB')) return who;
  const phrase: number[] = [];
  // (With its "of" phrase: "44 new cases of the virus | being confirmed".)
  const inPhrase = (x: number) =>
    isNominal(tokens[x]!) ||
    QUOTES.test(tokens[x]!.text) ||
    (/^of$/i.test(tokens[x]!.text) && x > 0 && isNominal(tokens[x - 1]!) && tokens[x - 1]?.pos !== 'DET');
  for (let x = j; x > who.at(-1)! && inPhrase(x); x--) if (!QUOTES.test(tokens[x]!.text)) phrase.unshift(x);
  return phrase;
}
