import type { Token } from '../nlp/annotate.ts';
import { finite } from './clauseRun.ts';
import { DATE_WORD } from './danglingEnds.ts';
import { isNominal, QUOTES } from './words.ts';

/*
 * A title may only end where a constituent ends. When the cut (the word limit, or a clean-up after
 * it) ends the title while the sentence goes on, the last words may be a verb without what it
 * governs: "… by understanding | what went wrong", "… and checking | whether any of the passengers",
 * "… voting to go | forward with the project", "… and said waves of six to seven feet | were
 * pushing tides". Such an end is cut back to the last complete constituent, with the coordinator or
 * preposition that led to it. The trigger's own words stay.
 */

/** A question or clause opener that a verb governs ("checking whether", "understanding what"). */
const CLAUSE_OPENER = /^(?:whether|if|how|why|what|who|whom|which|that|where|when)$/i;

/**
 * Whether a word opens a verb's object: "understanding | the risks", "to go | home". (Not a number,
 * which may open a date the title left out: "informed Mr Annan in writing | two days ago".)
 */
const opensObject = (t: Token): boolean =>
  /^(?:DET|PRON|PROPN|ADJ|NOUN)$/.test(t.pos) && !/^['’]s$/.test(t.text);

/**
 * Whether token `i` is an "-ing" form used as a verb that takes the next word as its object: the
 * tagger's VERB, or a NOUN it took for one, which a question or a determiner follows ("by
 * understanding/NOUN | what went wrong", "and checking/NOUN | whether").
 */
function gerund(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/ing$/i.test(t.text) || !/^(?:VERB|NOUN)$/.test(t.pos)) return false;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (CLAUSE_OPENER.test(next.text)) return true;
  // (A noun "-ing" only before a question: "in writing | two days ago" is done.)
  return t.pos === 'VERB' && opensObject(next);
}

/**
 * Cuts back, in place, a title (`out`, kept token indices in sentence order) that ends on a verb
 * whose complement the cut removed: a gerund after a preposition or coordinator, an infinitive
 * (and the participle that governs it), or a verb whose words said lost their own verb.
 */
export function dropCutComplement(tokens: readonly Token[], out: number[], trigger: number): void {
  for (let round = 0; round < 3; round++) {
    const last = out.at(-1);
    if (last === undefined || out.length < 4 || last === trigger) return;
    // The sentence goes on past the end with a word (not a date the cut left out on purpose).
    const next = tokens[last + 1];
    // ("may", "march", "last" … are date words only when not a verb: "six to seven feet | may push".)
    if (next === undefined || next.pos === 'PUNCT' || QUOTES.test(next.text)) return;
    if (DATE_WORD.test(next.text) && next.pos !== 'AUX' && next.pos !== 'VERB') return;
    if (
      !(
        cutGerund(tokens, out, trigger) ||
        cutInfinitive(tokens, out, trigger) ||
        cutBeforeInfinitive(tokens, out, trigger) ||
        cutSaidSubject(tokens, out, trigger)
      )
    )
      return;
    while (out.length > 1 && /^(?:PUNCT|CCONJ|ADP)$/.test(tokens[out.at(-1)!]!.pos) && out.at(-1) !== trigger)
      out.pop();
  }
}

/** "… drilling by understanding | what went wrong" → "… drilling"; "… family and checking | whether …" → "… family". */
function cutGerund(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  if (!gerund(tokens, last)) return false;
  const lead = out.at(-2)!;
  if (lead !== last - 1 || lead <= trigger || !/^(?:ADP|CCONJ|SCONJ)$/.test(tokens[lead]!.pos)) return false;
  // (Not a noun's "of" phrase: "in the hope of understanding" would leave "in the hope".)
  if (/^of$/i.test(tokens[lead]!.text)) return false;
  out.length -= 2;
  return true;
}

/**
 * "… with Gov. Deval Patrick voting to go | forward with …" → "… with Gov. Deval Patrick": an
 * infinitive cut from its complement goes with the participle after a noun that it completes;
 * not what a finite verb, an auxiliary, an adjective or a noun governs ("hopes to improve", "is
 * expected to visit", "able to leave", "advised the school to shut"), which the title needs.
 */
function cutInfinitive(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  const verb = tokens[last]!;
  if (verb.pos !== 'VERB' || verb.lemma !== verb.text.toLowerCase()) return false;
  const to = out.at(-2)!;
  if (to !== last - 1 || to <= trigger || !/^to$/i.test(tokens[to]!.text)) return false;
  // Its complement is cut: an object, or an adverb with its phrase ("go | forward with …").
  const next = tokens[last + 1]!;
  if (
    !(
      opensObject(next) ||
      CLAUSE_OPENER.test(next.text) ||
      (next.pos === 'ADV' && tokens[last + 2]?.pos === 'ADP')
    )
  )
    return false;
  // The participle it completes, after its noun, not a progressive's ("they were trying to stop").
  const head = out.at(-3)!;
  const governor = tokens[head]!;
  const participle =
    head === to - 1 &&
    /ing$/i.test(governor.text) &&
    /^(?:VERB|NOUN)$/.test(governor.pos) &&
    /^(?:NOUN|PROPN)$/.test(tokens[head - 1]?.pos ?? '');
  if (!participle || head === trigger || out.length <= 4) return false;
  out.length -= 3;
  return true;
}

/** "… with the governor voting | to approve the project" → "… with the governor": so does the participle the cut left before its infinitive. */
function cutBeforeInfinitive(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  const t = tokens[last]!;
  if (!/ing$/i.test(t.text) || !/^(?:VERB|NOUN)$/.test(t.pos) || out.length <= 4) return false;
  if (out.at(-2) !== last - 1 || !/^(?:NOUN|PROPN)$/.test(tokens[last - 1]!.pos) || last - 1 === trigger)
    return false;
  if (!/^to$/i.test(tokens[last + 1]!.text) || tokens[last + 2]?.pos !== 'VERB') return false;
  out.pop();
  return true;
}

/**
 * "… issued a flood warning for the Louisiana coast and said waves of six to seven feet | were
 * pushing tides …" → "… for the Louisiana coast": the words a verb says, cut between their
 * subject and its verb, go with the joined verb that says them and its "and", when the title has a
 * clause before it.
 */
function cutSaidSubject(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  if (!finite(tokens, last + 1)) return false;
  // The title's end is a noun phrase ("waves of six to seven feet") right after a kept verb.
  let n = out.length - 1;
  while (
    n > 0 &&
    out[n - 1] === out[n]! - 1 &&
    (isNominal(tokens[out[n - 1]!]!) || /^of$/i.test(tokens[out[n - 1]!]!.text) || range(tokens, out[n - 1]!))
  )
    n--;
  const verb = out[n - 1];
  // (A finite verb that says them, not one whose object the noun is: "to help the monarchy crush protests".)
  if (verb === undefined || verb !== out[n]! - 1 || verb <= trigger || !finite(tokens, verb)) return false;
  if (tokens[verb]!.pos !== 'VERB' || /^to$/i.test(tokens[verb - 1]?.text ?? '')) return false;
  if (!/^(?:NOUN|PROPN|NUM)$/.test(tokens[last]!.pos)) return false;
  // Only a verb joined by "and"/"but", whose clause goes whole; a verb with its own subject may
  // have the noun for its object ("that it had reached a static condition | came as a relief").
  let cut = n - 1;
  if (!/^(?:and|but)$/i.test(tokens[out[cut - 1]!]?.text ?? '') || out[cut - 1] !== verb - 1) return false;
  cut--;
  // What stays must still say something: a verb of its own before the cut.
  if (cut < 3 || !out.slice(0, cut).some((i) => /^(?:VERB|AUX)$/.test(tokens[i]!.pos))) return false;
  out.length = cut;
  return true;
}

/** Whether token `i` is the "to" of a range of numbers ("six to seven feet"). */
function range(tokens: readonly Token[], i: number): boolean {
  return /^to$/i.test(tokens[i]!.text) && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM';
}
