import type { Token } from '../nlp/annotate.ts';
import { MODAL } from '../nlp/modalVerbs.ts';

/** Words that turn a verb's claim into its opposite. */
const NEGATION = /^(?:not|n't|never)$/i;

/**
 * "Turkey said close its doors to those seeking refuge" (from "… it would not close its doors …"):
 * a title that keeps a verb but not the negation ("not", "n't", "never", "no longer") or the modal
 * of its verb group, which the sentence has right before it: the title says the opposite, or a
 * possibility as a fact. The group is read back from each kept word that follows a cut, over the
 * auxiliaries, particles and adverbs the title left out. `kept` are the title's token indices in
 * the sentence.
 */
export function droppedNegation(tokens: readonly Token[], kept: readonly number[]): boolean {
  const inTitle = new Set(kept);
  return kept.some((i) => {
    if (inTitle.has(i - 1)) return false;
    // (A verb, however the tagger calls it after its auxiliary: "would not close/ADJ".)
    if (!/^(?:VERB|AUX|ADJ)$/.test(tokens[i]!.pos)) return false;
    for (let j = i - 1; j >= 0 && !inTitle.has(j); j--) {
      const t = tokens[j]!;
      const w = t.text.toLowerCase();
      if (NEGATION.test(w) || (t.pos === 'AUX' && MODAL.test(w))) return true;
      if (w === 'longer' && tokens[j - 1]?.text.toLowerCase() === 'no') return true;
      // (Still inside the group: auxiliaries, "to", adverbs.)
      if (!(t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV')) return false;
    }
    return false;
  });
}
