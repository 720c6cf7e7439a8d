import type { Token } from '../nlp/annotate.ts';
import { TELLING_OR_SHOWING_VERBS } from '../nlp/tellingVerbs.ts';
import { CLAUSE_VERBS } from './words.ts';

/** Verbs whose "that" clause is what they show, besides the verbs of saying and thinking. */
const SHOWING =
  /^(?:demonstrate|prove|find|conclude|discover|establish|determine|admit|learn|realise|realize|testify)$/;

/**
 * "Vets and scientists have demonstrated [in an experiment at a UK research center] | that the H1N1
 * virus … readily transfers to the animals", "Dr Murray reveals [in a recorded interview with
 * police] | that, …, he injected Jackson": the "that" (its index) which opens what a verb of saying
 * or showing says, past the phrases of place or manner right after the verb; -1 when there is none.
 * The tail's budget spent on those phrases cuts the words said before their verb.
 */
export function thatPastPhrase(
  tokens: readonly Token[],
  verb: number,
  end: number,
  to: number,
  skipped: (i: number) => boolean,
): number {
  const v = tokens[verb]!;
  if (v.pos !== 'VERB' || !(CLAUSE_VERBS.test(v.lemma) || SHOWING.test(v.lemma))) return -1;
  let i = end + 1;
  while (i < to && skipped(i)) i++;
  if (tokens[i]?.pos !== 'ADP' || /^(?:that|as|of)$/i.test(tokens[i]!.text)) return -1;
  const from = i;
  for (; i < to && i - from <= 12; i++) {
    const t = tokens[i]!;
    // (The tagger may call it a pronoun before an aside: "that, on the night of 25 June, he …".)
    const opens =
      t.pos === 'SCONJ' ||
      t.pos === 'DET' ||
      (t.pos === 'PRON' &&
        /^(?:,|DET|PRON|PROPN|NOUN|NUM)$/.test(
          tokens[i + 1]?.pos === 'PUNCT' ? tokens[i + 1]!.text : (tokens[i + 1]?.pos ?? ''),
        ));
    if (/^that$/i.test(t.text)) return opens && i > from + 1 ? i : -1;
    if (!skipped(i) && !/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) return -1;
  }
  return -1;
}

/**
 * "to inform them | that they are to set aside …", "to prove to Dudley | that there's still plenty
 * of oil", "told reporters | that …": a tail ending at the one the verb tells (a pronoun or a name,
 * or a noun after a verb of telling, right after the verb or after its "to") stops short of what is
 * told, the complement clause right after.
 */
export function addresseeEnd(tokens: readonly Token[], last: number, kind: string): boolean {
  if (kind !== 'complement') return false;
  const t = tokens[last]!;
  const pronoun = t.pos === 'PRON' && /^(?:him|her|them|us|me|you)$/i.test(t.text);
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && !pronoun) return false;
  let v = last - 1;
  // (A capitalised word inside the name is the name's, whatever the tagger says: "Associated Press".)
  const named = (x: Token | undefined): boolean =>
    x !== undefined &&
    (/^(?:DET|ADJ|NOUN|PROPN)$/.test(x.pos) || (/^\p{Lu}/u.test(x.text) && tokens[v - 1]?.pos === 'VERB'));
  while (!pronoun && last - v < 6 && named(tokens[v])) v--;
  if (/^to$/i.test(tokens[v]?.text ?? '') && tokens[v]!.pos === 'ADP') v--;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB') return false;
  return !(t.pos === 'NOUN' || tokens[last - 1]?.pos === 'DET') || TELLING_OR_SHOWING_VERBS.test(verb.lemma);
}
