import type { Token } from '../nlp/annotate.ts';

/**
 * "has ruled a film of Michael Jackson rehearsing | before his death | can not be used": a "before"
 * whose short noun phrase a modal follows, inside words said without "that" whose subject has no
 * verb yet, is a preposition; the modal is the verb of the words said. `clauseVerb` tells the lemmas
 * of verbs whose "that" may be left out (see `splitClauses`).
 */
export function prepositionInWordsSaid(tokens: readonly Token[], i: number, clauseVerb: RegExp): boolean {
  if (!/^(?:before|after|since|until)$/i.test(tokens[i]!.text)) return false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && /^(?:DET|PRON|ADJ|NOUN)$/.test(tokens[j]!.pos)) j++;
  if (j === i + 1 || !/^(?:can|could|will|would|may|might|must|should)$/i.test(tokens[j]?.text ?? ''))
    return false;
  for (let v = i - 1; v >= 0 && i - v <= 12; v--) {
    const t = tokens[v]!;
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || /^that$/i.test(t.text)) return false;
    // (A participle describing the noun said of is no verb of the words: "a film … rehearsing".)
    if (t.pos === 'VERB' && !/ing$/i.test(t.text))
      return clauseVerb.test(t.lemma) && /^(?:DET|NOUN|PROPN)$/.test(tokens[v + 1]?.pos ?? '');
  }
  return false;
}
