import type { Token } from '../nlp/annotate.ts';
import { dropCutParticiple } from './cutParticiple.ts';
import { DATE_WORD } from './danglingEnds.ts';
import { pastRelative } from './longSubject.ts';
import { finishShare } from './partitiveEnds.ts';

/*
 * A title may only end where a constituent ends. These rules run last on a cut title's kept token
 * indices (`out`, in sentence order) and fix an end that leaves a phrase open while the sentence
 * goes on: a verb or a modifier whose few words the cut left out get them back (the title stays a
 * deletion of its sentence); an infinitive, a clause's opener and subject, or a noun whose
 * infinitive the cut left out go, back to the last complete constituent. The trigger stays.
 */

/** Words that open a clause a verb or noun governs ("to ensure | that …", "explained why | he …"). */
const OPENER = /^(?:that|whether|if|how|why|what|who|when|where)$/i;

/** Words of a span of time: a noun phrase of them after a verb is a date the title left out ("was buried | the following day"). */
const TIME_NOUN =
  /^(?:day|days|week|weeks|weekend|month|months|year|years|hour|hours|minute|minutes|mins|night|nights|tonight|morning|afternoon|evening|time|decade|decades|spring|summer|autumn|fall|winter|season|quarter|(?:18|19|20)\d\d)$/i;

/** Whether a token is a word of a date, which the title leaves out on purpose ("told the hearing | yesterday"). */
const dateWord = (t: Token): boolean =>
  (DATE_WORD.test(t.text) && t.pos !== 'DET' && t.pos !== 'AUX') || TIME_NOUN.test(t.text);

/** Object pronouns a verb's cut may leave out ("trying to stop | it"). */
const OBJECT_PRONOUN = /^(?:it|them|him|her|us|me|themselves|itself|himself|herself|ourselves)$/i;

/** Participles that govern their infinitive ("is expected to see", "is designed to intersect"). */
const GOVERNING_PARTICIPLE =
  /^(?:expect|suppose|ask|urge|tell|force|allow|require|set|schedule|design|plan|intend|due|go|prepare|use|oblige|compel|permit|encourage|advise|order|invite|believe|think|say|report|need)$/;

/** The number of words the kept tokens make (a token glued to the one before is no new word). */
function wordCount(tokens: readonly Token[], out: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < out.length; k++)
    if (!(k > 0 && out[k - 1] === out[k]! - 1 && tokens[out[k - 1]!]!.end === tokens[out[k]!]!.start)) n++;
  return n;
}

/**
 * "… for five days to ensure | that there was no risk", "Tests are being run to see | if …": a
 * purpose's infinitive after a noun or a passive, whose clause the cut left out, goes with its "to"
 * (not one a verb of control governs: "urged him to ensure").
 */
function dropClauseInfinitive(
  tokens: readonly Token[],
  out: number[],
  trigger: number,
  controlled: (i: number) => boolean,
): boolean {
  const last = out.at(-1)!;
  const verb = tokens[last]!;
  if (last === trigger || out.length <= 4 || verb.pos !== 'VERB' || verb.lemma !== verb.text.toLowerCase())
    return false;
  if (out.at(-2) !== last - 1 || !/^to$/i.test(tokens[last - 1]!.text)) return false;
  if (!OPENER.test(tokens[last + 1]?.text ?? '')) return false;
  // ("were being carried out | to see": a passive's particle stands after its verb.)
  const particle =
    /^(?:out|up|off|down)$/i.test(tokens[last - 2]?.text ?? '') &&
    tokens[last - 3]?.pos === 'VERB' &&
    out.at(-4) === last - 3;
  const head = out.at(particle ? -4 : -3)!;
  if (head !== last - (particle ? 3 : 2) || out.at(-3) !== last - 2) return false;
  const h = tokens[head]!;
  const aux = tokens[out.at(particle ? -5 : -4)!];
  // (A noun the tagger took for a verb after its article and modifier counts: "a test burn/VERB".)
  const nominal =
    /^(?:NOUN|PROPN|NUM)$/.test(h.pos) ||
    (h.pos === 'VERB' &&
      /^(?:NOUN|ADJ)$/.test(tokens[head - 1]?.pos ?? '') &&
      tokens[head - 2]?.pos === 'DET');
  const purpose =
    (nominal && !controlled(head)) ||
    (h.pos === 'VERB' &&
      (h.text.toLowerCase() !== h.lemma || /^(?:being|been)$/i.test(tokens[head - 1]?.text ?? '')) &&
      !/ing$/i.test(h.text) &&
      aux?.pos === 'AUX' &&
      /^(?:be|being|been)$/.test(aux.lemma) &&
      !GOVERNING_PARTICIPLE.test(h.lemma));
  if (!purpose) return false;
  out.length -= 2;
  return true;
}

/**
 * "… explained why he | , and others, would be holding a protest", "… dead zones where fish | and
 * other marine life can not survive": a clause's opener and its subject, the verb cut away, go.
 */
function dropVerblessClause(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  const n = out.findLastIndex((i) => OPENER.test(tokens[i]!.text) && tokens[i]!.pos !== 'DET');
  if (n < 3 || out[n]! <= trigger || n === out.length - 1 || out.length - n > 5) return false;
  // The words after the opener are a subject: nominal, no verb.
  const tail = out.slice(n + 1);
  if (!tail.every((i) => /^(?:PRON|DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[i]!.pos))) return false;
  if (!tail.some((i) => /^(?:PRON|NOUN|PROPN)$/.test(tokens[i]!.pos))) return false;
  // (Opening as a subject does, not on a degree's adjective: "amazed at how wooded | the country was".)
  if (tokens[tail[0]!]!.pos === 'ADJ') return false;
  // The sentence goes on to that subject's verb, past an aside in commas or the rest of its phrase.
  let j = last + 1;
  if (tokens[j]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > j && k <= j + 8 && t.text === ',');
    if (close < 0) return false;
    j = close + 1;
  } else
    while (
      j <= last + 6 &&
      (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '') ||
        (tokens[j]?.pos === 'CCONJ' && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? '')))
    )
      j++;
  // ("whether the doctor | who treated the singer should stand trial": past a relative clause.)
  j = pastRelative(tokens, j);
  while (tokens[j]?.pos === 'ADV' || /^(?:not|n't)$/i.test(tokens[j]?.text ?? '')) j++;
  if (!/^(?:AUX|VERB)$/.test(tokens[j]?.pos ?? '') || /ing$/i.test(tokens[j]!.text)) return false;
  out.length = n;
  while (out.length > 3 && /^(?:PUNCT|CCONJ|ADP)$/.test(tokens[out.at(-1)!]!.pos)) out.pop();
  return true;
}

/**
 * "… in the company's latest bid | to contain the oil", "… as a way | to relieve pressure": a
 * phrase whose noun only says what its cut infinitive does goes with its preposition.
 */
function dropPurposeNoun(tokens: readonly Token[], out: number[], trigger: number): boolean {
  const last = out.at(-1)!;
  if (!/^(?:bid|attempt|effort|way|means|plans?|move)$/i.test(tokens[last]!.text)) return false;
  if (!/^to$/i.test(tokens[last + 1]?.text ?? '') || tokens[last + 2]?.pos !== 'VERB') return false;
  let n = out.length - 2;
  while (
    n > 0 &&
    out[n] === out[n + 1]! - 1 &&
    (/^(?:DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[out[n]!]!.pos) ||
      /^['’]s?$/.test(tokens[out[n]!]!.text) ||
      /^(?:its|their|his|her|our)$/i.test(tokens[out[n]!]!.text))
  )
    n--;
  const lead = tokens[out[n]!]!;
  if (!/^(?:in|as|with)$/i.test(lead.text) || out[n + 1] !== out[n]! + 1 || out[n]! <= trigger || n < 3)
    return false;
  out.length = n;
  return true;
}

/**
 * The end of a noun phrase that starts at token `from` within `room` tokens: its last token, or -1
 * (`verbAfter`: a verb may follow it, as one after an agent's phrase is no verb of its own).
 * Words of a date ("the following day", "April 20") make no phrase a title may take.
 */
function phraseEnd(tokens: readonly Token[], from: number, room: number, verbAfter = false): number {
  let j = from;
  if (OBJECT_PRONOUN.test(tokens[j]?.text ?? '') && tokens[j]!.pos === 'PRON') j++;
  else {
    if (tokens[j]?.pos === 'DET' || /^(?:its|their|his|her|our)$/i.test(tokens[j]?.text ?? '')) j++;
    // (A participle between the article and its noun is a modifier: "to stop | the leaking/VERB oil".)
    while (
      j < from + room &&
      (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '') ||
        (j > from &&
          tokens[j]?.pos === 'VERB' &&
          /(?:ing|ed)$/i.test(tokens[j]!.text) &&
          tokens[j + 1]?.pos === 'NOUN'))
    )
      j++;
    if (j === from || !/^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos)) return -1;
  }
  // The phrase ends there (not more of it past the room, nor its "of" or possessive), and is no
  // clause's subject, even past an aside ("As the violence escalated several Arab Gulf countries |
  // - including Saudi Arabia - decided …").
  const after = tokens[j];
  // (An agent's phrase may stand before the main verb: "A report issued by the commission | said".)
  if (after !== undefined && /^(?:ADJ|NOUN|PROPN|NUM|DET)$/.test(after.pos)) return -1;
  if (after !== undefined && !verbAfter && /^(?:AUX|VERB)$/.test(after.pos)) return -1;
  if (after !== undefined && /^(?:ago|earlier|later|before|of|['’]s?)$/i.test(after.text)) return -1;
  if (after !== undefined && /^[-–—,]$/.test(after.text)) {
    const close = tokens.findIndex((t, k) => k > j && k <= j + 8 && t.text === after.text);
    if (close > 0 && /^(?:AUX|VERB)$/.test(tokens[close + 1]?.pos ?? '')) return -1;
  }
  if (/ing$/i.test(tokens[j - 1]!.text)) return -1;
  for (let k = from; k < j; k++) if (dateWord(tokens[k]!)) return -1;
  if (
    /^(?:\d+|a|an|one)$/i.test(tokens[from]!.text) &&
    tokens[from + 1] &&
    TIME_NOUN.test(tokens[from + 1]!.text)
  )
    return -1;
  return j - 1;
}

/**
 * "… to redirect the leaking | oil", "… a $360m cost of building six sand | barriers": a modifier
 * after its article or number keeps its noun, a word or two on; "… was reported to have launched |
 * an attack", "… the blow-out that caused | the explosion": a verb keeps its short object.
 */
function finishPhrase(tokens: readonly Token[], out: number[], maxWords: number): boolean {
  const last = out.at(-1)!;
  const t = tokens[last]!;
  const before = tokens[out.at(-2)!];
  const modifier =
    /^(?:ADJ|NUM|VERB|NOUN)$/.test(t.pos) &&
    out.at(-2) === last - 1 &&
    (/^(?:DET|ADJ|NUM)$/.test(before?.pos ?? '') ||
      /^(?:its|their|his|her|our|['’]s)$/i.test(before?.text ?? '') ||
      // (A hyphened modifier however tagged: "a cap-like/ADP | containment valve".)
      (t.pos === 'NOUN' && /^\p{L}+-\p{L}+$/u.test(before?.text ?? '') && tokens[last - 2]?.pos === 'DET') ||
      // (A number or adjective opens its noun's phrase after a verb or preposition: "had four |
      // employees stationed there", "after shutting public | places".)
      (/^(?:NUM|ADJ)$/.test(t.pos) &&
        (/^(?:VERB|ADP)$/.test(before?.pos ?? '') || before?.lemma === 'have') &&
        !/^(?:19|20)\d\d$/.test(t.text))) &&
    /^(?:NOUN)$/.test(tokens[last + 1]?.pos ?? '');
  let end = -1;
  if (modifier) {
    // (The nouns after a modifier up to the phrase's head: "a 125-tonne | steel containment dome",
    // "six sand | barriers"; at most three.)
    end = last + 1;
    // (Not a verb the tagger took for a noun before its object: "the ceasefire deadline | marks the …".)
    while (
      end < last + 3 &&
      tokens[end + 1]?.pos === 'NOUN' &&
      !dateWord(tokens[end + 1]!) &&
      !/^(?:DET|PRON)$/.test(tokens[end + 2]?.pos ?? '')
    )
      end++;
    // (The phrase ends there, or where a date the title leaves out opens: "shutting public | places last week".)
    const next = tokens[end + 1];
    if (next !== undefined && /^(?:NOUN|PROPN|ADJ|NUM|ADV)$/.test(next.pos) && !dateWord(next)) return false;
    // (Not a participle after its noun: "a rig | drilling", "the governor | voting".)
    if (/ing$/i.test(tokens[end]!.text)) return false;
    for (let k = last + 1; k <= end; k++)
      if (dateWord(tokens[k]!) || !/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  } else if (t.pos === 'VERB' && !/^(?:be|have|say|do)$/.test(t.lemma)) {
    // ("A report issued | by the commission": a participle right after its noun keeps its agent.)
    const agent =
      /(?:ed|en)$/i.test(t.text) &&
      /^(?:NOUN|PROPN)$/.test(before?.pos ?? '') &&
      out.at(-2) === last - 1 &&
      /^by$/i.test(tokens[last + 1]?.text ?? '');
    end = phraseEnd(tokens, last + (agent ? 2 : 1), 4, agent);
    if (end < 0) return false;
  } else return false;
  const added = Array.from({ length: end - last }, (_, k) => last + 1 + k);
  if (wordCount(tokens, [...out, ...added]) > maxWords) return false;
  out.push(...added);
  return true;
}

/**
 * Fixes, in place, an end of the kept words (`out`) that leaves a phrase open while the sentence
 * goes on (see the rules above). `controlled` tells whether the noun at an index is the object of
 * a verb of control, whose infinitive it governs; `maxWords` bounds what a finished phrase may add.
 */
export function endOnConstituent(
  tokens: readonly Token[],
  out: number[],
  trigger: number,
  controlled: (i: number) => boolean,
  maxWords = 24,
): void {
  const last = out.at(-1);
  if (last === undefined || out.length < 3) return;
  const next = tokens[last + 1];
  if (next === undefined || (next.pos === 'PUNCT' && next.text !== ',')) return;
  if (next.text !== ',' && finishPhrase(tokens, out, maxWords)) return;
  // ("… wiped about a quarter | off BP's value": a share gets what it is a share of.)
  if (finishShare(tokens, out, maxWords)) return;
  if (last === trigger) return;
  // ("… passing a resolution condemning | the Syrian government's use of violence": a describing
  // participle whose object could not be finished goes.)
  if (next.text !== ',' && dropCutParticiple(tokens, out, trigger)) return;
  // ("… a test burn to see how the technique | was working": the clause's opener and subject go,
  // then the infinitive they leave.)
  if (dropVerblessClause(tokens, out, trigger) && out.at(-1) === trigger) return;
  dropClauseInfinitive(tokens, out, trigger, controlled) || dropPurposeNoun(tokens, out, trigger);
}
