import { CALENDAR_WORD, MONTH_WORD } from '../../temporal/calendarNames.ts';
import type { Token } from '../nlp/annotate.ts';
import { CLAUSE_OPENING_VERBS } from './clauseVerbs.ts';
import type { Clause } from './splitClauses.ts';

/**
 * Verbs whose past tense and participle are spelt as the plain form ("dissidents set up a council
 * last month", "rules put in place in 2003"): read as past there, not as a present. A closed class
 * of English morphology, not topic words.
 */
const SAME_IN_PAST = new Set(
  'set put cut hit let cost quit shut spread hurt bet cast burst split shed thrust upset broadcast read bid'.split(
    ' ',
  ),
);

/** Words before a noun that make its phrase specific: a determiner, a number, a possessive, a name. */
const SPECIFIER = /^(?:DET|NUM|PRON|PROPN|PART)$/;

/**
 * Whether the sentence names a day of its own: a weekday ("in Tuesday's papers") or a month beside
 * a day's number ("8 February 2010 Protesters gather …"). A headline's or a timeline's present tells
 * that day's happening; a bare year or a season ("in winter") dates no one happening.
 */
function namesDay(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const w = t.text.replace(/['’]s$/, '');
    if (!CALENDAR_WORD.test(w)) return false;
    if (!MONTH_WORD.test(w)) return true;
    return (
      /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i - 1]?.text ?? '') ||
      /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i + 1]?.text ?? '')
    );
  });
}

/**
 * Whether the verb at `k` states what is generally so: a plain present form with no auxiliary,
 * modal or "to" in its verb group, right after its subject, a plural common noun with no
 * determiner, number, possessive or name before it ("In some cases companies try to negotiate a
 * settlement", "droplet particles take longer to evaporate … in winter", "when visitors and locals
 * flock to Florida's coastal seafood restaurants"). A bare plural names a kind, and the simple
 * present what the kind does again and again: no one happening to date. Not a verb of saying or
 * thinking ("Officials say …", which is a statement), nor one whose past is spelt the same ("set",
 * "put"), nor a sentence that names its own day (a headline's historic present).
 */
export function genericPresent(tokens: readonly Token[], clause: Clause, k: number): boolean {
  const t = tokens[k];
  if (t?.pos !== 'VERB') return false;
  const word = t.text.toLowerCase();
  if (word !== t.lemma || t.lemma === 'be' || SAME_IN_PAST.has(word) || CLAUSE_OPENING_VERBS.test(t.lemma))
    return false;
  let i = k - 1;
  while (i >= clause.from && tokens[i]!.pos === 'ADV') i--;
  const head = tokens[i];
  // (The plural: a noun in -s that is not its own lemma, "companies" → "company".)
  if (i < clause.from || !head || head.pos !== 'NOUN' || !/s$/i.test(head.text)) return false;
  if (head.text.toLowerCase() === head.lemma) return false;
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN')) j--;
  const before = tokens[j];
  if (before && SPECIFIER.test(before.pos)) return false;
  return !namesDay(tokens);
}
