import type { Token } from '../nlp/annotate.ts';
import type { Clause } from './splitClauses.ts';

/**
 * Words that open a subject naming an unnamed part of a group: "most", "many", "some" (not "some
 * 26 people", a number told roughly); "a number of" and "a majority of" are read apart.
 */
const PART = /^(?:most|many|some)$/i;
/** Words that may open a clause before its subject ("But some lawmakers have …", "Now, most …"). */
const LEAD = /^(?:but|and|yet|so|now|also|meanwhile|however|indeed)$/i;
/** A perfect's auxiliary in the present, after perhaps a modal ("may have gone unreported"). */
const PRESENT_PERFECT = /^(?:has|have|['’]ve)$/i;

/**
 * Whether the verb at `k` sums up what an unnamed part of a group has done so far: a present
 * perfect whose subject opens with "most", "many", "some", "a number of" or "a majority of" ("Some
 * lawmakers have called for BP to be barred", "A number of countries have now withdrawn their
 * ambassadors", "Many Western powers have urged President Assad to stand down", "Most
 * international journalists have been denied entry"). Who did it, and when, is left open: a
 * running total or a standing state, which a day's window misdates. Not a count, however rough
 * ("Some 48 pilgrims have been kidnapped", "Several countries have banned pork imports",
 * "Thousands of people have fled"), nor a past tense
 * ("Many protesters were killed on Friday").
 */
export function groupSummary(tokens: readonly Token[], clause: Clause, k: number): boolean {
  if (tokens[k]?.pos !== 'VERB') return false;
  let g = k - 1;
  let perfect = false;
  for (; g >= clause.from && g >= k - 5; g--) {
    const t = tokens[g]!;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
    if (PRESENT_PERFECT.test(t.text)) perfect = true;
  }
  // (No subject within the clause: "… and have called for …" shares one told before. An aside
  // before the verb group, "At least 90 people, including many children, have been killed", hides
  // where the subject opens.)
  if (!perfect || g < clause.from || tokens[g]!.pos === 'PUNCT') return false;
  // The subject: back from the verb group to the clause's start, a comma or a conjunction.
  let s = g;
  while (s > clause.from && g - s < 10) {
    const before = tokens[s - 1]!;
    if (before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'VERB' || before.pos === 'AUX')
      break;
    s--;
  }
  // A part of a group joined to names ("Jermaine and Randy Jackson and a number of fan clubs have
  // criticised …") is not all the subject; a "that" inside is a clause's ("Some opposition groups
  // report that more than 50 people have been killed", "report" read as a noun).
  if (tokens[s - 1]?.pos === 'CCONJ' && /^(?:NOUN|PROPN|PRON)$/.test(tokens[s - 2]?.pos ?? '')) return false;
  if (tokens.slice(s, g + 1).some((t) => t.text.toLowerCase() === 'that')) return false;
  while (s <= g && LEAD.test(tokens[s]!.text)) s++;
  if (s > g) return false;
  const first = tokens[s]!.text;
  if (PART.test(first)) return tokens[s + 1]?.pos !== 'NUM' && !/^\d/.test(tokens[s + 1]?.text ?? '');
  return (
    /^an?$/i.test(first) &&
    /^(?:number|majority)$/i.test(tokens[s + 1]?.text ?? '') &&
    tokens[s + 2]?.text.toLowerCase() === 'of'
  );
}
