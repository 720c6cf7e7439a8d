import { retagged, type Token } from './token.ts';

/** Modal auxiliaries ("wo" and "ca" as in "won't", "can't"), which a bare verb follows. */
export const MODAL = /^(?:will|would|wo|can|could|ca|should|shall|may|might|must)$/i;

/** An adverb in "-ly" the tagger called an adjective: "would likely cost". */
const adverbial = (t: Token): boolean => t.pos === 'ADJ' && /ly$/i.test(t.text);

/**
 * "Turkey said it would not close/ADJ its doors", "BP will then lower/ADJ a containment dome", "a
 * device that would halt/NOUN the flow": after a modal, past its negation and adverbs, a word is
 * the modal's bare verb, whatever the tagger called it. Without the repair the verb group stopped
 * at the word, and a title kept the verb without "would not". (Not a word a verb follows, which is
 * an adverb: "will likely be", "would best serve", "will tonight make".)
 */
export function modalVerbs(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || adverbial(t))
      continue;
    if (/^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    let j = i - 1;
    while (
      j > 0 &&
      (tokens[j]!.pos === 'ADV' || adverbial(tokens[j]!) || /^(?:not|n't)$/i.test(tokens[j]!.text))
    )
      j--;
    const modal = tokens[j]!;
    // ("wo", "ca" only before their "n't": not a word of another language, "ca" in Vietnamese.)
    const contracted = !/^(?:wo|ca)$/i.test(modal.text) || /^n['’]t$/i.test(tokens[j + 1]?.text ?? '');
    if (modal.pos === 'AUX' && MODAL.test(modal.text) && contracted)
      tokens[i] = retagged(t, 'VERB', t.text.toLowerCase());
  }
  return tokens;
}
