import type { Token } from '../nlp/annotate.ts';
import type { Clause } from './splitClauses.ts';

// Verbs that report words: a denial in their sentence is what was said, and the saying happened.
const SAYING = new Set(
  'say tell claim insist warn state report add argue deny admit confirm announce stress note explain acknowledge complain allege testify write maintain'.split(
    ' ',
  ),
);
// "not only seized … but also": a focus on the verb, which happened.
const FOCUS = /^(?:only|just|merely|simply|necessarily|least|quite)$/;

/**
 * Whether the verb at token `k` is told as not having happened (TimeML polarity NEG): its verb group
 * within its clause holds "not", "n't" or "never" ("did not trigger", "had not withdrawn", "has
 * never been seen"). A negation in another clause does not reach it: "Mr Annan told the Council the
 * army had not withdrawn" negates the withdrawal, not the telling. "Not only" focuses, it does not
 * deny; "not … until 2008" only moves the time, "not … without" affirms, and a device or a truce
 * that did not work, engage or hold failed, which happened. A denial in a sentence
 * that reports words ("Dr Murray's lawyers say he did not give …", "…, Fukuda said") is words
 * said: the saying is the happening, and its title keeps the speaker. A subject that denies anyone
 * did it negates too ("No one was hurt"). On TimeBank's gold events, 67 of the 69 verbs this
 * takes for denied are polarity NEG (0.97; 2 of the 69 are misannotated or modal).
 */
export function negatedVerb(tokens: readonly Token[], clause: Clause, k: number): boolean {
  if (tokens[k]?.pos !== 'VERB' || saidElsewhere(tokens, k) || failed(tokens, k)) return false;
  let i = k - 1;
  for (; i >= clause.from && i >= k - 6; i--) {
    const t = tokens[i]!;
    if (t.lemma === 'not' || t.text.toLowerCase() === 'never') {
      if (FOCUS.test(tokens[i + 1]?.text.toLowerCase() ?? '')) return false;
      // "wasn't published until 2008": it happened, then; "did not come without criticism": it came.
      for (let j = i + 1; j < clause.to; j++)
        if (/^(?:until|till|without)$/i.test(tokens[j]!.text)) return false;
      return true;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return noneDid(tokens, clause.from, i + 1);
}

/**
 * Whether the sentence reports words with a verb of saying other than token `k`, before it ("lawyers
 * say he did not give …") or closing it ("…, Fukuda said").
 */
function saidElsewhere(tokens: readonly Token[], k: number): boolean {
  return tokens.some((t, i) => i !== k && t.pos === 'VERB' && SAYING.has(t.lemma));
}

// Verbs of a device or an agreement doing its work: "on 20 April it did not engage", "the
// ceasefire did not hold" tell a failure, which is a happening.
const FUNCTIONING = new Set(
  'work engage function activate deploy operate close hold detonate inflate'.split(' '),
);

/** Whether the denied verb at `k` tells a failure: a verb of functioning with no object after it. */
function failed(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    FUNCTIONING.has(tokens[k]!.lemma) &&
    (next === undefined || /^(?:PUNCT|ADP|ADV|CCONJ|SCONJ)$/.test(next.pos))
  );
}

/**
 * Whether the subject before the verb group at `group` denies that anyone did it: "No one was
 * hurt", "Nobody claimed responsibility", "No successor was named", "Neither side gave ground".
 */
function noneDid(tokens: readonly Token[], from: number, group: number): boolean {
  const first = tokens[from]?.text.toLowerCase();
  if (!first || !/^(?:no|nobody|none|nothing|neither|nor)$/.test(first) || group - from > 4) return false;
  // "No sooner …", "No doubt …", "None the less", "No 10 said" (Downing Street): not a subject
  // that denies.
  if (/^(?:sooner|doubt|longer|matter|wonder|less|\d.*)$/.test(tokens[from + 1]?.text.toLowerCase() ?? ''))
    return false;
  for (let i = from + 1; i < group; i++)
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'PUNCT') return false;
  return true;
}

// Light verbs of giving and telling: with "no" for their object, nothing was given or told.
const LIGHT = new Set('give make offer provide disclose reveal release issue'.split(' '));
// "no longer", "no more than 20", "no less than": a bound or a time, not an object denied.
const NOT_DENIED = /^(?:longer|more|less|fewer|sooner|later|doubt)$/i;

/**
 * Whether the verb at `k` gives or tells nothing: a light verb whose object opens with "no" ("He gave
 * no further details", "BP made no immediate comment", "officers … made no arrests", "offered no
 * explanation"). A non-act, TimeML's polarity NEG, whoever reports it: the sentence's other clauses
 * ("…, but gave no cause of death" after what the coroner said) keep their happenings. What a
 * test or a well "showed no signs of" is a finding, which happened.
 */
export function withheld(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.pos !== 'VERB' || !LIGHT.has(t.lemma)) return false;
  let i = k + 1;
  while (tokens[i]?.pos === 'ADV' && tokens[i]!.text.toLowerCase() !== 'no') i++;
  if (tokens[i]?.text.toLowerCase() !== 'no') return false;
  const next = tokens[i + 1];
  return next !== undefined && !NOT_DENIED.test(next.text) && /^(?:NOUN|ADJ|VERB)$/.test(next.pos);
}

// Verbs of amount: "nearly doubled" is a rise that happened, told approximately.
const AMOUNT = new Set('double triple treble quadruple halve'.split(' '));

/**
 * Whether the trigger at token `k` is a near miss, a happening that almost came and did not: its
 * verb group has "almost" or "nearly" ("The measure was nearly derailed", not "nearly doubled",
 * an amount), or it stands in the phrase after "come close to" or "the brink / the verge of" in
 * its clause ("had come close to tipping over into serious sectarian bloodletting", "took BP to the
 * brink of a merger"), with no verb of its own between.
 */
export function nearMiss(tokens: readonly Token[], clause: Clause, k: number): boolean {
  if (tokens[k]?.pos === 'VERB' && !AMOUNT.has(tokens[k]!.lemma))
    for (let i = k - 1; i >= clause.from && i >= k - 4; i--) {
      const t = tokens[i]!;
      if (/^(?:almost|nearly)$/i.test(t.text)) return true;
      if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
    }
  // Only a noun or a gerund stands in the phrase: a finite verb after it is the clause's own.
  if ((tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') && !/ing$/.test(tokens[k]!.text)) return false;
  for (let i = k - 1; i > clause.from && i >= k - 12; i--) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    const prev = tokens[i - 1]!;
    // "came close to", "came perilously close to", "got closer to"
    if (w === 'to' && /^close(?:r)?$/i.test(prev.text)) {
      const verb = tokens[i - 2]?.pos === 'ADV' ? tokens[i - 3] : tokens[i - 2];
      return verb !== undefined && /^(?:come|get|draw|edge|bring|be)$/.test(verb.lemma);
    }
    if (w === 'of' && /^(?:brink|verge)$/i.test(prev.text)) return true;
    // A finite verb or a clause mark between: the phrase is no longer the one the brink names.
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.text))) return false;
  }
  return false;
}
