import type { Token } from '../nlp/annotate.ts';
import { DATE_WORD } from './danglingEnds.ts';

/*
 * A title may not end on a word whose complement carries the meaning: a noun of intent or means
 * ("… blocking independent efforts | to estimate the size of the spill", "… for the way | his
 * company has been treated") or a verb of motion ("… while Ken Salazar travels | to the command
 * centre in Houston"). The complement comes back when it is short and ends where its phrase does;
 * otherwise the phrase that holds the word goes: the noun with its preposition ("… his apology to
 * Tony Hayward [for the way]"), the verb with the subordinate clause it ends ("[while Ken Salazar
 * travels]"). The trigger stays.
 */

/** Nouns (and their verbs) whose infinitive says what they are about ("efforts to estimate", "calls to suspend"). */
const INTENT =
  /^(?:efforts?|attempts?|bids?|ways?|means|plans?|moves?|decisions?|calls?|push|drive|campaigns?|pledges?|promises?|threats?|refusal|failure|ability|requests?|proposals?|opportunity|permission|chance)$/i;

/** Verbs of motion, whose destination says where ("travels | to Houston", "moved | into the city"). */
const MOTION = /^(?:travel|go|head|fly|move|return|sail|march|flee|rush|race|drive|walk|come)$/;

/** Prepositions that open a destination. */
const DESTINATION = /^(?:to|into|towards?|for)$/i;

/** Prepositions whose phrase a noun of intent may stand in, which goes with it ("for the way", "in the effort"). */
const LEAD = /^(?:in|as|with|for|than|at|from|during|after|despite|amid|under)$/i;

/** Subordinators whose clause a motion verb may end ("while …", "as …"). */
const SUBORDINATOR = /^(?:while|as|when|after|before|because|since|until|whereas|although|though)$/i;

/** Words of a span of time, where a complement stops: a title leaves dates out. */
const TIME =
  /^(?:day|days|week|weeks|weekend|month|months|year|years|hours?|minutes?|night|tonight|morning|afternoon|evening|\d{4}|\d+(?:am|pm)|am|pm)$/i;

/** The number of words the kept tokens make (a token glued to the one before is no new word). */
function wordCount(tokens: readonly Token[], out: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < out.length; k++)
    if (!(k > 0 && out[k - 1] === out[k]! - 1 && tokens[out[k - 1]!]!.end === tokens[out[k]!]!.start)) n++;
  return n;
}

/** Whether the word at `i` needs the complement that opens at `i + 1`, and of which kind. */
function needsComplement(tokens: readonly Token[], i: number): 'intent' | 'motion' | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next === undefined || after === undefined) return undefined;
  if (INTENT.test(t.text)) {
    // "efforts | to estimate": an infinitive.
    if (/^to$/i.test(next.text) && after.pos === 'VERB' && after.lemma === after.text.toLowerCase())
      return 'intent';
    // "the way | his company has been treated": a relative clause without its pronoun.
    if (
      /^ways?$/i.test(t.text) &&
      /^(?:PRON|DET|PROPN)$/.test(next.pos) &&
      /^(?:the|a|an)$/i.test(tokens[i - 1]?.text ?? '')
    )
      return 'intent';
    return undefined;
  }
  // (A verb in "-s" after its subject, however tagged: "Ken Salazar travels/NOUN | to Houston".)
  const verb =
    t.pos === 'VERB' ||
    (t.pos === 'NOUN' && /s$/i.test(t.text) && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? ''));
  if (
    verb &&
    MOTION.test(t.lemma) &&
    DESTINATION.test(next.text) &&
    /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(after.pos)
  )
    return 'motion';
  return undefined;
}

/**
 * The last index of the complement that opens at `from`, when it is short (up to `room` tokens) and
 * ends where a phrase ends (punctuation, a conjunction, a relative, a date, the sentence's end), or -1.
 */
function complementEnd(tokens: readonly Token[], from: number, room: number): number {
  let j = from;
  while (
    j < tokens.length &&
    tokens[j]!.pos !== 'PUNCT' &&
    tokens[j]!.pos !== 'SCONJ' &&
    // (Past an "and" that joins nouns: "with tanks and heavy weapons"; not one that joins clauses.)
    !(tokens[j]!.pos === 'CCONJ' && !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j + 1]?.pos ?? '')) &&
    !/^(?:which|who|whom|whose|that|where|when)$/i.test(tokens[j]!.text) &&
    !(
      j > from + 1 &&
      (DATE_WORD.test(tokens[j]!.text) || TIME.test(tokens[j]!.text)) &&
      tokens[j]!.pos !== 'AUX'
    )
  ) {
    if (j - from >= room) return -1;
    j++;
  }
  // (A date's preposition or article before the stop goes: "to Houston | on Friday".)
  while (j - 1 > from && /^(?:ADP|DET|PART)$/.test(tokens[j - 1]!.pos)) j--;
  // (At least one word after the "to": "to Houston", "to help".)
  if (j - 1 <= from) return -1;
  // The phrase closes on a word that may end one.
  if (!/^(?:NOUN|PROPN|NUM|PRON|VERB|ADV|ADJ)$/.test(tokens[j - 1]!.pos)) return -1;
  return j - 1;
}

/**
 * Fixes, in place, a title (`out`, kept token indices in sentence order) that ends on a word whose
 * complement the sentence goes on with: gives the complement back within `maxWords`, or cuts the
 * phrase that holds the word (see above).
 */
export function endWithComplement(
  tokens: readonly Token[],
  out: number[],
  trigger: number,
  maxWords = 24,
): void {
  const last = out.at(-1);
  if (last === undefined || out.length < 3) return;
  const kind = needsComplement(tokens, last);
  if (kind === undefined) return;
  const end = complementEnd(tokens, last + 1, 10);
  if (end > 0) {
    const added = Array.from({ length: end - last }, (_, k) => last + 1 + k);
    if (wordCount(tokens, [...out, ...added]) <= maxWords) {
      out.push(...added);
      return;
    }
  }
  if (last === trigger) return;
  let n = out.length - 1;
  if (kind === 'intent') {
    // Back over the noun's phrase to the preposition it stands in.
    while (
      n > 0 &&
      out[n - 1] === out[n]! - 1 &&
      (/^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[out[n - 1]!]!.pos) ||
        /^['’]s?$/.test(tokens[out[n - 1]!]!.text) ||
        /^(?:its|their|his|her|our)$/i.test(tokens[out[n - 1]!]!.text))
    )
      n--;
    n--;
    if (n < 3 || !LEAD.test(tokens[out[n]!]!.text) || out[n + 1] !== out[n]! + 1) return;
  } else {
    // Back to the subordinator that opens the motion verb's clause, past no verb of another clause.
    while (n > 0 && !SUBORDINATOR.test(tokens[out[n]!]!.text)) {
      if (n < out.length - 1 && /^(?:VERB|AUX)$/.test(tokens[out[n]!]!.pos)) return;
      n--;
    }
    if (n < 3) return;
  }
  if (out.slice(n).includes(trigger)) return;
  out.length = n;
  // (And what led to the phrase: "rather than", "and".)
  while (
    out.length > 3 &&
    (/^(?:PUNCT|CCONJ|ADP)$/.test(tokens[out.at(-1)!]!.pos) || /^rather$/i.test(tokens[out.at(-1)!]!.text)) &&
    out.at(-1) !== trigger
  )
    out.pop();
}
