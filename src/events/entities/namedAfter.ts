import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';

/**
 * Whether the person found for the subject "he" or "she" at token `k` of `s` is named again as the
 * object of its verb by the surname alone ("He took over from Hayward as the point man"): a subject
 * pronoun and the object of its own verb are two people, so the one found is wrong, and the search
 * gives none rather than guess further. Only the verb and its particles and prepositions stand
 * between (not "His lawyers claim Jackson …", "he died … Michael Jackson died …", "…, Russell said").
 */
export function namedAfter(s: Sentence, k: number, found: Candidate): boolean {
  if (found.kind === 'thing' || found.kind === 'plural') return false;
  if (!/^(?:he|she)$/i.test(s.tokens[k]!.text)) return false;
  const { tokens } = s;
  let j = k + 1;
  let verbs = 0;
  while (/^(?:VERB|ADP|ADV|PART)$/.test(tokens[j]?.pos ?? '')) if (tokens[j++]!.pos === 'VERB') verbs++;
  const name = tokens[j];
  // (The surname alone: "she married George Gibbons" names another Gibbons than Isabel.)
  return (
    verbs === 1 &&
    name?.pos === 'PROPN' &&
    name.text.toLowerCase() === found.last &&
    tokens[j + 1]?.pos !== 'PROPN' &&
    !/^['’]/.test(tokens[j + 1]?.text ?? '')
  );
}
