import type { Token } from '../nlp/annotate.ts';
import { CLAUSE_VERBS } from './words.ts';

/** Verbs whose "that" clause is what they show, besides the verbs of saying and thinking. */
const SHOWING =
  /^(?:demonstrate|prove|find|conclude|discover|establish|determine|admit|learn|realise|realize)$/;

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
