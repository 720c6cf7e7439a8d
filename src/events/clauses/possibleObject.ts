import type { Token } from '../nlp/annotate.ts';

/** Modals of what may be, not what was: "could", "might", "may", "can", "should", "must". */
const POSSIBILITY = /^(?:could|might|may|can|cannot|should|must|ought)$/i;
/** Words of a noun phrase before its head: "work", "further talks", "its two wells", "the company's offer". */
const IN_PHRASE = /^(?:DET|ADJ|NUM|NOUN|PROPN|PRON|PART)$/;
/** Quotation marks a writer puts inside a verb group ('could "really complicate"'). */
const QUOTE = /^["“”'‘’]$/;

/**
 * Whether the noun trigger at `k` is the object of a verb told as possible, within its clause: "The
 * Coast Guard said crews could resume work Thursday morning", "talks that might produce a deal":
 * the noun's happening is foreseen, not told, as the verb's own is ("could resume": TimeML gives
 * the modal's event the same modality). The verb is the first one before the noun's phrase (at
 * most four words of it); a modal before the verb, past auxiliaries, adverbs and quotation marks,
 * makes it possible. "may have" and "might have" speak of the past ("may have sparked protests")
 * and leave it told, as does a year in the noun's phrase ("should eclipse the 1989 Exxon Valdez
 * incident"), which dates a happening of its own.
 */
export function possibleObject(tokens: readonly Token[], from: number, k: number): boolean {
  if (tokens[k]?.pos !== 'NOUN') return false;
  let v = k - 1;
  while (v >= from && v >= k - 4 && (IN_PHRASE.test(tokens[v]!.pos) || QUOTE.test(tokens[v]!.text))) v--;
  if (v < from || tokens[v]!.pos !== 'VERB') return false;
  // "should eclipse the 1989 Exxon Valdez incident": a noun its year dates names a happening of its
  // own, which the verb only compares with.
  for (let i = v + 1; i < k; i++) if (/^(?:1[5-9]|20)\d\d$/.test(tokens[i]!.text)) return false;
  for (let i = v - 1; i >= from && i >= v - 5; i--) {
    const t = tokens[i]!;
    if (POSSIBILITY.test(t.text)) {
      const next = tokens[i + 1]?.text.toLowerCase();
      return !(next === 'have' && /^(?:may|might|must)$/i.test(t.text));
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && !QUOTE.test(t.text)) return false;
  }
  return false;
}
