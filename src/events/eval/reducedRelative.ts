import type { Token } from '../nlp/annotate.ts';

/** Words that open a clause of their own between a participle and a later verb. */
const OPENER = /^(?:that|which|who|whom|whose|where|when|while|as|because|after|before|if|and|or|but)$/i;

/**
 * "A report issued" (from "A report issued Wednesday by UBS said the cost …"): a title whose only
 * verbs are past participles without an auxiliary, after their noun, a reduced relative clause
 * titled alone, while the sentence goes on, in the same clause, to the finite verb the noun is the
 * subject of. The title lost the clause's main predicate. `kept` are the title's token indices in
 * the sentence.
 */
export function reducedRelative(tokens: readonly Token[], kept: readonly number[]): boolean {
  const verbs = kept.filter((i) => /^(?:VERB|AUX)$/.test(tokens[i]!.pos));
  if (verbs.length === 0) return false;
  const participle = (i: number) =>
    tokens[i]!.pos === 'VERB' &&
    /(?:ed|en|wn|t)$/i.test(tokens[i]!.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
    kept.includes(i - 1) &&
    // (Passive, without an object of its own: "issued | Wednesday by UBS", not "arrested two men".)
    !/^(?:DET|NOUN|PRON|NUM|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
  if (!verbs.every(participle)) return false;
  for (let j = kept.at(-1)! + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    // (A clause of its own, or the object of a finite verb: "The company conceded | what …".)
    if (/^(?:PUNCT|SCONJ|CCONJ|PRON)$/.test(t.pos) || OPENER.test(t.text)) return false;
    if (t.pos === 'AUX') return true;
    // A finite verb: "said", not a participle's "to" infinitive or a gerund.
    if (t.pos === 'VERB' && !/ing$/i.test(t.text) && tokens[j - 1]?.text.toLowerCase() !== 'to')
      return /^(?:NOUN|PROPN|NUM|ADV)$/.test(tokens[j - 1]!.pos);
  }
  return false;
}
