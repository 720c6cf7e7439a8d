import type { Token } from '../nlp/annotate.ts';
import {
  dropCutConjunctNoun,
  dropCutVerb,
  dropDatedConjunct,
  dropOpenClause,
  dropOpenRelative,
} from './danglingEnds.ts';
import {
  joinedVerbsEnd,
  listGoesOn,
  namedSubjectClauseAt,
  newClauseAt,
  objectEndsAt,
  quotedEnd,
  saidSubjectAsideEnd,
} from './tailEnds.ts';
import { completesVerb } from './verbCompletion.ts';
import {
  closesAtComma,
  closingDash,
  closingParticle,
  dangles,
  isNominal,
  objectRest,
  opensNumberBound,
  PLACE_PREPOSITIONS,
  phraseRest,
  pointingPronoun,
  QUOTES,
  spacedDash,
  strandedBound,
} from './words.ts';

/**
 * Where a name set off by commas after a noun ends ("Minister, Sergei Lavrov, to talk"): the index
 * of its closing comma, when the clause goes on after it with no verb of its own; else -1.
 */
function namedApposition(tokens: readonly Token[], comma: number, to: number): number {
  if (!/^(?:NOUN|PROPN)$/.test(tokens[comma - 1]?.pos ?? '')) return -1;
  let e = comma + 1;
  while (e < to && e - comma <= 4 && tokens[e]!.pos === 'PROPN') e++;
  if (e === comma + 1 || tokens[e]?.text !== ',') return -1;
  const next = tokens[e + 1];
  return next && e + 1 < to && /^(?:PART|ADP)$/.test(next.pos) ? e : -1;
}

/**
 * The words after a verb to the end of its clause: dates, quotation marks and bracketed asides left
 * out; a comma, semicolon or dash ends it once it has two words; at most `budget` words, and when
 * the budget cuts a phrase short, the unfinished phrase is dropped at its preposition.
 */
export function clauseTail(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipped: (i: number) => boolean,
  budget: number,
  opts: { readonly relative?: boolean } = {},
): number[] {
  const out: number[] = [];
  let depth = 0;
  let cut = false;
  // Whether a list's comma was passed ("victims, eyewitnesses, | and army defectors").
  let listing = false;
  // Whether the budget fell where a phrase ends ("… to stop work | beginning on Friday").
  let finished = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')' || t.text === ']' || skipped(i)) continue;
    // "the moratorium - imposed after the spill - was a pause": an aside between spaced dashes goes.
    if (spacedDash(tokens, i)) {
      const close = closingDash(tokens, i, to);
      if (close > 0) {
        // What follows the aside may be a clause of its own, or a saying's closing words ("… -
        // video footage broadcast online showed").
        let after = close + 1;
        while (after < to && (skipped(after) || (tokens[after]!.pos === 'ADP' && skipped(after + 1))))
          after++;
        const next = tokens[after];
        if (
          out.length > 0 &&
          (next === undefined ||
            /^(?:[,;:]|—|–|--)$/.test(next.text) ||
            next.pos === 'CCONJ' ||
            newClauseAt(tokens, after, to) ||
            closingAttribution(tokens, after, to))
        )
          break;
        i = close;
        continue;
      }
      // (Not after a dateline: "GENEVA (Reuters) - The World Health Organization …".)
      if (out.length >= 2 && out.some((x) => !/^(?:PROPN|SYM|NUM|PUNCT)$/.test(tokens[x]!.pos))) break;
      continue;
    }
    if (/^(?:[,;:]|—|–|--)$/.test(t.text)) {
      // "came up with his own alternative: "Mexican flu."": a short quotation a colon ends the
      // clause with names what the object is.
      const quoted = t.text === ':' && out.length > 0 ? quotedEnd(tokens, i, tokens.length) : -1;
      if (quoted > 0) {
        out.push(i);
        for (let j = i + 1; j < quoted; j++)
          if (tokens[j]!.pos !== 'PUNCT' && !QUOTES.test(tokens[j]!.text)) out.push(j);
        break;
      }
      // "was recovered, burned or skimmed": verbs a comma lists after the verb are one predicate.
      const verbs =
        t.text === ',' && (out.length === 0 ? i === from : out.at(-1) === i - 1)
          ? joinedVerbsEnd(tokens, i, to)
          : -1;
      if (verbs > 0 && out.length + (verbs - i) / 2 + 1 <= budget) {
        for (let j = i + 1; j <= verbs; j++) if (tokens[j]!.text !== ',') out.push(j);
        i = verbs;
        continue;
      }
      // "with his interior, defence and foreign ministers": a list goes on past its commas.
      if (
        t.text === ',' &&
        out.at(-1) === i - 1 &&
        isNominal(tokens[i - 1]!) &&
        listGoesOn(tokens, i, to, listing)
      ) {
        listing = true;
        continue;
      }
      // "issued a new, more limited ban": a comma between adjectives of one noun.
      if (
        t.text === ',' &&
        out.at(-1) === i - 1 &&
        tokens[i - 1]!.pos === 'ADJ' &&
        adjectivesGoOn(tokens, i + 1)
      )
        continue;
      const aside = t.text === ',' ? saidSubjectAsideEnd(tokens, out, i, to) : -1;
      if (aside > 0) {
        i = aside;
        continue;
      }
      // "sending their Foreign Minister, Sergei Lavrov, to talk to President Assad": a name in
      // apposition to the object, and what follows it, stay.
      const named = t.text === ',' && out.length > 0 ? namedApposition(tokens, i, to) : -1;
      if (named > 0 && out.length + named - i <= budget) {
        for (let j = i + 1; j < named; j++) out.push(j);
        i = named;
        continue;
      }
      // "As his neck opened, he went on": a clause of its own starts after the comma; so does a
      // participle's ("kicked off in mid-March, inspired by …") and a closing ", state media report".
      // A relative clause closes at its comma ("…, which typically begins in May, | and its …").
      if (
        out.length >= 2 ||
        opts.relative ||
        newClauseAt(tokens, i + 1, to) ||
        tokens[i + 1]?.pos === 'VERB' ||
        closingAttribution(tokens, i + 1, to)
      )
        break;
      continue;
    }
    if (t.pos === 'PUNCT') continue;
    // "The jet crashed into the sea and its two pilots are missing": a new subject and verb.
    // So is a noun's or a name's ("Police arrested two men and troops killed three protesters").
    if (
      t.pos === 'CCONJ' &&
      ((/^(?:PRON|DET)$/.test(tokens[i + 1]?.pos ?? '') && newClauseAt(tokens, i + 1, to, true)) ||
        (namedSubjectClauseAt(tokens, i + 1, to) && !opts.relative && objectEndsAt(tokens, from, i)))
    )
      break;
    // "which Syria accepted | and which it and Russia still support": a second relative clause
    // on the same noun tells of another verb.
    // ("and that it crashed" coordinates what was said instead.)
    if (t.pos === 'CCONJ' && /^(?:which|who|whom|whose)$/i.test(tokens[i + 1]?.text ?? '')) break;
    // "The scenes that occurred in Iraq | are being repeated": the relative clause ends where the
    // main clause's verb group starts, right after a noun.
    // So does "The blowout preventer that failed | was recovered": an auxiliary right after the
    // relative clause's own verb.
    if (opts.relative && t.pos === 'AUX' && (out.length === 0 || isNominal(tokens[i - 1]!))) break;
    // "the turnaround that saw schools closed across the capital [on Friday] | angered many": so
    // does a past verb right after a noun or a date, when the relative clause has its own verb.
    // (Past an adverb of the main clause's verb: "a ceasefire that was to come into effect in April |
    // never took hold"; an irregular past too.)
    const adverb = tokens[i - 1]?.pos === 'ADV' && out.at(-1) === i - 1;
    const at = adverb ? i - 2 : i - 1;
    const lastKept = tokens[out.at(adverb ? -2 : -1) ?? -1];
    if (
      opts.relative &&
      out.length > (adverb ? 2 : 1) &&
      t.pos === 'VERB' &&
      // (Or a present one: "The H1N1 strain that caused the far more serious [1918] pandemic | appears to …".)
      (/ed$/i.test(t.text) ||
        (/[^s]s$/i.test(t.text) && t.lemma !== t.text.toLowerCase()) ||
        (adverb && t.lemma !== t.text.toLowerCase() && !/ing$/i.test(t.text))) &&
      lastKept !== undefined &&
      isNominal(lastKept) &&
      (out.at(adverb ? -2 : -1) === at || skipped(at)) &&
      // (A participle's own phrase after it, "stationed in", is no main verb; "killed at least two" is.)
      (tokens[i + 1]?.pos !== 'ADP' || opensNumberBound(tokens[i + 1]!, tokens[i + 2]))
    ) {
      if (adverb) out.pop();
      break;
    }
    if (out.length >= budget) {
      // "… and a promise from foreign states | not to fund them": a clause that ends within four
      // words is finished rather than cut.
      // (So is one its comma ends: "to discuss how a vaccine | might be produced, the EU … said".)
      const left: number[] = [];
      let j = i;
      for (; j < to && left.length <= 4 && !(left.length > 0 && /^[,;]$/.test(tokens[j]!.text)); j++)
        if (!skipped(j) && !/^[.!?"'”’]$/.test(tokens[j]!.text)) left.push(j);
      if (j < to && /^[,;]$/.test(tokens[j]!.text) && !closesAtComma(tokens, j, left)) left.length = 5;
      if (left.length <= 4 && left.every((j) => tokens[j]!.pos !== 'PUNCT' && depth === 0)) {
        out.push(...left);
        break;
      }
      // Finish the phrase the budget left open ("by opposition" + "supporters"), if it ends soon.
      const next: number[] = [];
      for (let j = i; j < to && next.length < 6; j++) if (!skipped(j)) next.push(j);
      const rest = out.length > 0 ? phraseRest(tokens, out[out.length - 1]!, next) : -1;
      const object = rest === 0 ? objectRest(tokens, out[out.length - 1]!, next) : 0;
      if (rest > 0) out.push(...next.slice(0, rest));
      else if (object > 0) out.push(...next.slice(0, object));
      else {
        cut = true;
        finished = rest === 0;
      }
      break;
    }
    out.push(i);
  }
  if (cut) {
    dropOpenClause(tokens, out);
    dropCutConjunctNoun(tokens, out);
  }
  // "was released by his captors | in which the captive, …": a relative clause a comma ended
  // before its verb goes, with its preposition.
  else dropOpenRelative(tokens, out);
  if (cut && !finished) dropCutVerb(tokens, out);
  if (cut && !finished && out.length > 2) {
    // "the return of the Arab" → "the return": an unfinished phrase goes from its preposition.
    // So does an infinitive ("as part of a GCC force | to help the country's Sunni").
    const last = out.findLastIndex(
      (x, n) =>
        n >= 1 &&
        (tokens[x]!.pos === 'ADP' ||
          tokens[x]!.pos === 'CCONJ' ||
          (tokens[x]!.pos === 'PART' && /^to$/i.test(tokens[x]!.text) && tokens[x + 1]?.pos === 'VERB')),
    );
    if (last > 0) out.length = last;
  }
  // "… a number of what it": a clause cut after its wh-word and subject goes with them.
  // "turned themselves in": a particle after a reflexive object does not dangle.
  const reflexiveParticle = (n: number) =>
    /^(?:in|up|out|off|down|over)$/i.test(tokens[out[n]!]!.text) &&
    (/sel(?:f|ves)$/i.test(tokens[out[n - 1]!]?.text ?? '') ||
      // "to stand down", "are holed up": a particle right after its verb or participle.
      ((tokens[out[n - 1]!]?.pos === 'VERB' || /ed$/i.test(tokens[out[n - 1]!]?.text ?? '')) &&
        out[n - 1] === out[n]! - 1) ||
      // "to play them down": after a verb and its pronoun object.
      (/^(?:them|it|him|her|us|me)$/i.test(tokens[out[n - 1]!]?.text ?? '') &&
        tokens[out[n - 2]!]?.pos === 'VERB' &&
        out[n - 1] === out[n]! - 1));
  // "with no sign of violence abating.": a participle after its noun that ends the sentence finishes it.
  // So does a gerund after its preposition before a clause's end ("to assist in rebuilding, but …").
  const endingParticiple = (x: number) =>
    tokens[x]!.pos === 'VERB' &&
    /ing$/i.test(tokens[x]!.text) &&
    out.at(-2) === x - 1 &&
    ((tokens[x - 1]!.pos === 'NOUN' && /^[.!?]$/.test(tokens[x + 1]?.text ?? '.')) ||
      (/^(?:in|of|for|by|after|before|without)$/i.test(tokens[x - 1]!.text) &&
        /^[.!?,;]$/.test(tokens[x + 1]?.text ?? '.') &&
        // (Not a saying whose words follow: "by saying, …".)
        !/^(?:say|tell|add|claim|write)$/.test(tokens[x]!.lemma)));
  while (
    out.length > 0 &&
    ((dangles(tokens[out[out.length - 1]!]!) &&
      !endingParticiple(out[out.length - 1]!) &&
      !(out.length > 2 && pointingPronoun(tokens, out[out.length - 1]!)) &&
      !reflexiveParticle(out.length - 1) &&
      // "began | leaking", "were brought | in": what finishes the verb right before it.
      !(completesVerb(tokens, out.at(-1)!) && (out.at(-2) === out.at(-1)! - 1 || out.at(-1) === from)) &&
      !closingParticle(tokens, out[out.length - 1]!, tokens[out[out.length - 2]!])) ||
      (out.length > 1 && /^(?:what|which|who)$/i.test(tokens[out[out.length - 2]!]!.text)) ||
      (cut && tokens[out[out.length - 1]!]!.pos === 'ADV') ||
      strandedBound(tokens, out[out.length - 1]!) ||
      // "government militants led": a participle whose phrase the cut took away.
      (cut &&
        tokens[out[out.length - 1]!]!.pos === 'VERB' &&
        /^(?:NOUN|PROPN|NUM|SYM)$/.test(tokens[out[out.length - 2]!]?.pos ?? '')))
  )
    out.pop();
  dropDatedConjunct(tokens, out, to, skipped);
  return out;
}

/** Whether tokens `i`…`to` are a closing attribution: a few words ending on a verb of saying. */
function closingAttribution(tokens: readonly Token[], i: number, to: number): boolean {
  let end = to;
  while (end > i && tokens[end - 1]!.pos === 'PUNCT') end--;
  return end - i >= 2 && end - i <= 6 && SAYING.has(tokens[end - 1]!.lemma);
}

const SAYING = new Set(['say', 'report', 'claim', 'add', 'tell', 'allege', 'state']);

/** A noun phrase starting at `from` (an object), "of" and "and" joining nouns, at most `max` tokens. */
export function phrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipped: (i: number) => boolean,
  max: number,
): number[] {
  const out: number[] = [];
  for (let i = from; i < to && out.length < max; i++) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    // A date or quotation mark inside the phrase ("a third-quarter net loss", "an ``eternal merger''") is left out, not an end.
    if (skipped(i)) {
      // "announced in 2007 BP set …": a dated phrase after the verb ends its object.
      if (/^[()[\]]$/.test(t.text) || t.pos === 'ADP' || t.pos === 'SCONJ') break;
      if (isNominal(t) || t.pos === 'PUNCT' || /^(?:``|'')$/.test(t.text)) continue;
      break;
    }
    // "increasingly deadly attacks", "the torpedoed UN resolution": modifiers inside the phrase.
    const next = tokens[i + 1];
    const modifier =
      next !== undefined &&
      i + 1 < to &&
      ((t.pos === 'ADV' && next.pos === 'ADJ') ||
        (t.pos === 'VERB' &&
          /(?:ed|en)$/.test(t.text) &&
          out.length > 0 &&
          (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')));
    if (modifier) {
      out.push(i);
      continue;
    }
    const joins = (w === 'of' || w === 'and') && out.length > 0 && i + 1 < to && isNominal(tokens[i + 1]!);
    const personal = t.pos === 'PRON' && !/^(?:what|which|who|whom|that|whatever)$/i.test(t.text);
    if (isNominal(t) || (personal && out.length === 0) || joins) out.push(i);
    else break;
  }
  while (out.length > 0 && /^(?:of|and|the|a|an)$/i.test(tokens[out[out.length - 1]!]!.text)) out.pop();
  return out;
}

/**
 * One prepositional phrase after the head: kept when it names a place or a proper name ("in
 * Kabul", "on the U.S. Embassy"), or completes a head without an object ("died in hospital").
 */
export function complement(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipped: (i: number) => boolean,
  bare: boolean,
): number[] {
  const p = tokens[from];
  if (!p || skipped(from)) return [];
  const w = p.text.toLowerCase();
  if (w !== 'of' && !PLACE_PREPOSITIONS.has(w)) return [];
  const np = phrase(tokens, from + 1, to, skipped, 9);
  if (np.length === 0) return [];
  const named = np.some((i) => tokens[i]!.pos === 'PROPN');
  return named || w === 'of' || bare ? [from, ...np] : [];
}

/** Whether adjectives (an adverb may grade one) run from `i` to a noun: "a new, | more limited ban". */
function adjectivesGoOn(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j]?.pos === 'ADV' && j < i + 2) j++;
  // ("new, improved ways": a participle before the noun is one of its adjectives.)
  const adjective = (x: number) =>
    tokens[x]?.pos === 'ADJ' ||
    (tokens[x]?.pos === 'VERB' && /ed$/i.test(tokens[x]!.text) && tokens[x + 1]?.pos === 'NOUN');
  if (!adjective(j)) return false;
  while (adjective(j)) j++;
  return tokens[j]?.pos === 'NOUN';
}
