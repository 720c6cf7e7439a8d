import type { Token } from '../nlp/annotate.ts';

/** Participles that give a thing its name ("compounds called adjuvants", "a system known as …"). */
const NAMING = /^(?:called|named|dubbed|nicknamed|termed|known)$/i;
const MODAL = /^(?:can|could|may|might|must|should|would|will|cannot|ca)$/i;

/**
 * "Compounds called adjuvants can be used to boost a vaccine's effectiveness", "A pressure system
 * called the Bermuda High can alter their path": a participle of naming right after a noun (a capital opening the sentence may tag a common one PROPN),
 * whose name a modal follows. The participle stands for the clause of the noun it names (its title
 * runs on to the noun's own verb), and that verb is told as possible or general, not as having
 * happened; the modal the participle's own verb group lacks decides. (Not "a ship called the Helix
 * Producer has arrived", told as happened; nor a name of more than five words.)
 */
export function namingBeforeModal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!NAMING.test(t.text) || !/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return false;
  let j = i + 1;
  if (/^known$/i.test(t.text)) {
    if (!/^as$/i.test(tokens[j]?.text ?? '')) return false;
    j++;
  }
  const from = j;
  while (j < from + 5 && /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[j]?.pos ?? '')) j++;
  return j > from && MODAL.test(tokens[j]?.text ?? '');
}
