import type { Token } from '../nlp/annotate.ts';

/** Auxiliaries of tense and mood, which an adverbial phrase may part from their verb ("has in principle agreed"). */
const PERFECT_OR_MODAL = /^(?:have|will|would|shall|should|can|could|may|might|must)$/;

/**
 * The first index of a short prepositional phrase between an auxiliary and the verb group at `g`
 * ("Syria has | in principle | agreed", "will | at first | meet", "were | in effect |
 * forced"), or -1. The phrase is an adverbial of the verb group, so the subject lies before the
 * auxiliary: the noun in the phrase is no subject ("Principle agreed"). After "be", only a phrase
 * without an article ("in effect"): "was in a car parked outside" is a place, not a verb group.
 */
export function phraseAfterAuxiliary(tokens: readonly Token[], g: number, floor: number): number {
  for (let p = g - 1; p > floor && p >= g - 4; p--) {
    const t = tokens[p]!;
    if (t.pos === 'ADP') {
      const aux = tokens[p - 1]!;
      if (aux.pos !== 'AUX' || p === g - 1) return -1;
      if (PERFECT_OR_MODAL.test(aux.lemma.toLowerCase())) return p;
      const bare = tokens.slice(p + 1, g).every((x) => /^(?:NOUN|ADJ)$/.test(x.pos));
      return aux.lemma === 'be' && bare ? p : -1;
    }
    if (!/^(?:DET|ADJ|ADV|NOUN|NUM)$/.test(t.pos)) return -1;
  }
  return -1;
}
