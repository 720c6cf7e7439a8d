import type { TemporalExpression } from '../../model/timex.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { CLAUSE_VERBS } from './words.ts';

/**
 * "A NOAA spokeswoman said the Woods Hole voyage was in late June", "the vote will be on Sunday":
 * in words said, a date that is all a finite "be" says of its noun subject, right after it (past
 * one preposition) and closing its clause, is their predicate; without it the title reads "said the
 * Woods Hole voyage", the words said without their verb. (Told, not said, "The vote will be on
 * Sunday" is titled by its noun, "The vote", dated Sunday.)
 */
export function datePredicate(s: Sentence, t: TemporalExpression): boolean {
  const { tokens } = s;
  // (The date's own "early", "late" or "mid" goes with it.)
  let b = tokens.findLastIndex((x) => x.end <= t.start);
  while (b >= 0 && /^(?:early|late|mid|earlier|later)$/i.test(tokens[b]!.text)) b--;
  if (/^(?:in|on|at|during)$/i.test(tokens[b]?.text ?? '')) b--;
  const be = tokens[b];
  if (be?.pos !== 'AUX' || be.lemma !== 'be' || /ing$|^been?$/i.test(be.text)) return false;
  // Its subject a noun phrase right before it (not "there was", nor an auxiliary before "be").
  let v = b - 1;
  while (v >= 0 && /^(?:AUX|PART|ADV)$/.test(tokens[v]!.pos) && tokens[v]!.lemma !== 'there') v--;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[v]?.pos ?? '')) return false;
  if (!tokens.slice(0, v).some((x) => x.pos === 'VERB' && CLAUSE_VERBS.test(x.lemma))) return false;
  // The date closes the clause: the sentence's end, a semicolon, or a comma.
  const next = tokens.find((x) => x.start >= t.end);
  return next === undefined || /^[.;!?,"”]$/.test(next.text);
}
