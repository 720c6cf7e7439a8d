import type { Token } from '../nlp/annotate.ts';
import { finishAdjectiveList } from './adjectiveList.ts';
import { endWithComplement } from './complementEnds.ts';
import { endOnConstituent } from './constituentEnds.ts';
import { dropCutComplement } from './cutComplements.ts';
import {
  dropBareConjunct,
  dropCutConjunctNoun,
  dropCutSayingParticiple,
  dropOpenClause,
  dropSubjectWithoutVerb,
} from './danglingEnds.ts';
import { keepOneSideOfFrontedClause } from './frontedClauseSide.ts';
import { opensWithQualifier } from './frontedQualifier.ts';
import { dropOpenSubordinate } from './openSubordinate.ts';
import { finishPair } from './pairEnds.ts';
import { splitRunTogether } from './runTogether.ts';
import { completesVerb } from './verbCompletion.ts';
import {
  closesAtComma,
  closingParticle,
  dangles,
  figureAsideClose,
  isNominal,
  objectRest,
  opensNumberBound,
  opensPlaceName,
  PARTICLES,
  phraseRest,
  pointingPronoun,
  QUOTES,
  strandedBound,
} from './words.ts';

/** A title cut from its sentence: the text and the token indices it keeps, in sentence order. */
export interface CutTitle {
  readonly text: string;
  readonly kept: readonly number[];
  /** A verb's title that found no subject ("Has filed a series of reports"). */
  readonly subjectless?: boolean;
  /** Its verb stands in a relative clause without its pronoun ("the delegates he spoke to"). */
  readonly contact?: boolean;
}

/** Joins kept tokens: adjacent ones with the sentence's own spacing, others with one space. */
export function assemble(
  tokens: readonly Token[],
  indices: number[],
  maxWords: number,
  /** The trigger, which a cut never takes away ("… Remi Ochlik died | when a shell hit …"). */
  trigger = -1,
): CutTitle {
  // A word the library split without a space ("$900m" as "$", "900", "m"; "6in") is kept whole.
  const whole = new Set(indices);
  const alnum = (t: Token | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
  for (const i of indices) {
    for (let j = i + 1; j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end && alnum(tokens[j]); j++)
      whole.add(j);
    for (
      let j = i - 1;
      j >= 0 && tokens[j]!.end === tokens[j + 1]!.start && alnum(tokens[j]) && alnum(tokens[j + 1]);
      j--
    )
      whole.add(j);
  }
  const kept = [...whole].sort((a, b) => a - b).filter((i) => !inFigureAside(tokens, i));
  // "1537 Andre Berto … tells the BBC": a live page's clock stamp opening the sentence is no word of it.
  // (Not a year before a common noun, a timeline's line: "2011 Protests begin in Deraa".)
  // (So is one glued after a closing quotation: "… visit Haiti "very soon" | 1612 President Preval asked".)
  const stamp = kept[0];
  if (
    stamp !== undefined &&
    (stamp === 0 || /^["”]$/.test(tokens[stamp - 1]!.text)) &&
    /^(?:[01]\d|2[0-3])[0-5]\d$/.test(tokens[stamp]!.text) &&
    /^\p{Lu}/u.test(tokens[stamp + 1]?.text ?? '') &&
    kept[1] === stamp + 1 &&
    !(/^(?:19|20)/.test(tokens[stamp]!.text) && tokens[stamp + 1]!.pos !== 'PROPN')
  )
    kept.shift();
  while (kept.length > 0 && /^(?:PUNCT|ADP|CCONJ|DET|SCONJ)$/.test(tokens[kept[0]!]!.pos)) {
    if (tokens[kept[0]!]!.pos === 'DET') break;
    // "At least 35 died", "Up to 300 monitors": the bound of a number.
    if (opensNumberBound(tokens[kept[0]!]!, tokens[kept[1]!])) break;
    // "In Beirut's Tariq al-Jadideh, offices … came under attack": a place phrase closed by its comma.
    if (frontedPlace(tokens, kept)) break;
    // "Without the one-off charge, profits would have …": a condition the claim needs.
    if (opensWithQualifier(tokens, kept)) break;
    kept.shift();
  }
  // "When the deal was announced, BP set …": two clauses fused; the title keeps one.
  keepOneSideOfFrontedClause(tokens, kept, trigger);
  // "broke off"; "were fired on", "was shot at": a passive keeps its preposition.
  const particle = (n: number) =>
    (((PARTICLES.has(tokens[kept[n]!]!.text.toLowerCase()) ||
      (/^(?:on|at|upon)$/i.test(tokens[kept[n]!]!.text) && tokens[kept[n - 2]!]?.pos === 'AUX')) &&
      tokens[kept[n - 1]!]?.pos === 'VERB') ||
      // "turned themselves in", "to play them down": a particle after the verb's pronoun object.
      (/^(?:in|up|out|off|down|over)$/i.test(tokens[kept[n]!]!.text) &&
        (/sel(?:f|ves)$/i.test(tokens[kept[n - 1]!]?.text ?? '') ||
          (/^(?:them|it|him|her|us|me)$/i.test(tokens[kept[n - 1]!]?.text ?? '') &&
            tokens[kept[n - 2]!]?.pos === 'VERB')))) &&
    kept[n - 1] === kept[n]! - 1;
  const gluedToPrevious = (n: number) =>
    n > 0 && kept[n - 1] === kept[n]! - 1 && tokens[kept[n]!]!.start === tokens[kept[n - 1]!]!.end;
  while (
    kept.length > 1 &&
    /^(?:PUNCT|ADP|CCONJ|DET|SCONJ)$/.test(tokens[kept[kept.length - 1]!]!.pos) &&
    !particle(kept.length - 1) &&
    !(completesVerb(tokens, kept.at(-1)!) && kept.at(-2) === kept.at(-1)! - 1) &&
    !(kept.length > 3 && pointingPronoun(tokens, kept[kept.length - 1]!)) &&
    // "two journalists are now safely out": a particle that ends its clause is what is said of the subject.
    !closingParticle(tokens, kept[kept.length - 1]!, tokens[kept[kept.length - 2]!]) &&
    !(gluedToPrevious(kept.length - 1) && /^[\p{L}\p{N}]/u.test(tokens[kept[kept.length - 1]!]!.text))
  )
    kept.pop();
  // "for a week even | though it didn't get closer": the adverb of a subordinator left out goes with it.
  const lastKept = kept[kept.length - 1];
  if (
    lastKept !== undefined &&
    kept.length > 2 &&
    /^(?:even|just|only|shortly|soon|long|right)$/i.test(tokens[lastKept]!.text) &&
    /^(?:though|if|as|when|after|before|while|since)$/i.test(tokens[lastKept + 1]?.text ?? '') &&
    !kept.includes(lastKept + 1)
  )
    kept.pop();
  // Cut at the word limit, then end on a word that finishes the phrase.
  let words = 0;
  const out: number[] = [];
  for (let n = 0; n < kept.length; n++) {
    const t = tokens[kept[n]!]!;
    const prev = n > 0 ? tokens[kept[n - 1]!]! : undefined;
    const glued = prev !== undefined && kept[n - 1] === kept[n]! - 1 && prev.end === t.start;
    if (!glued) words++;
    if (words > maxWords) {
      // "… and a promise from foreign states | not to fund them": up to four words that end the
      // sentence stay rather than leave it unfinished.
      // (Or their clause, before a comma: "… to discuss how a vaccine | might be produced, the EU
      // health commissioner said".)
      const end = kept[kept.length - 1]!;
      const left = kept.slice(n).filter((x, m) => m === 0 || tokens[x]!.start !== tokens[x - 1]!.end);
      const closes =
        tokens.slice(end + 1).every((x) => x.pos === 'PUNCT' || QUOTES.test(x.text)) ||
        closesAtComma(tokens, end + 1, kept.slice(n));
      if (closes && (left.length <= 4 || (left.length <= 6 && verbOfCutSubject(tokens, kept.slice(n))))) {
        out.push(...kept.slice(n));
        break;
      }
      // Finish the phrase the limit left open ("the peace" + "plan"), when it ends within a few words.
      const rest = n > 0 ? phraseRest(tokens, kept[n - 1]!, kept.slice(n)) : -1;
      if (rest > 0) out.push(...kept.slice(n, n + rest));
      // "had been turned | away": else a verb's particle stays with it.
      else if (
        n > 0 &&
        tokens[kept[n - 1]!]!.pos === 'VERB' &&
        kept[n] === kept[n - 1]! + 1 &&
        PARTICLES.has(t.text.toLowerCase())
      )
        out.push(kept[n]!);
      else if (n > 0) out.push(...kept.slice(n, n + objectRest(tokens, kept[n - 1]!, kept.slice(n))));
      break;
    }
    out.push(kept[n]!);
  }
  if (out.length < kept.length) {
    dropOpenClause(tokens, out);
    // "… had entered the city to try": an infinitive whose complement the limit cut off.
    const cutAfter = (n: number) => tokens[kept[n]!] !== undefined && tokens[kept[n]!]!.pos !== 'PUNCT';
    if (
      out.length > 3 &&
      tokens[out.at(-1)!]!.pos === 'VERB' &&
      tokens[out.at(-2)!]!.text.toLowerCase() === 'to' &&
      // A purpose after the object, not what a verb governs ("is expected to visit").
      /^(?:NOUN|PROPN)$/.test(tokens[out.at(-3)!]!.pos) &&
      cutAfter(out.length)
    )
      out.length -= 2;
    // "calling for an end to the mission | and a halt [to all co-operation]": a joined noun the
    // limit cut from its own phrase goes with its "and".
    dropCutConjunctNoun(tokens, out);
    // Cut short: end on a word that finishes the phrase, not "of what it" nor "militants led".
    const last = () => tokens[out[out.length - 1]!]!;
    const before = () => tokens[out[out.length - 2]!];
    while (
      out.length > 1 &&
      out[out.length - 1] !== trigger &&
      (last().pos === 'PUNCT' ||
        // (A progressive's verb may end its clause: "what kind of virus Mexico was facing | after tests …";
        // one whose object the limit cut, "was facing | a crisis", reads as a clause too.)
        (dangles(last()) &&
          !(last().pos === 'VERB' && before()?.lemma === 'be' && before()?.pos === 'AUX') &&
          !(completesVerb(tokens, out.at(-1)!) && out.at(-2) === out.at(-1)! - 1) &&
          // ("had also come | down [with flu-like symptoms]": the particle the cut kept with its verb.)
          !(
            PARTICLES.has(last().text.toLowerCase()) &&
            before()?.pos === 'VERB' &&
            out.at(-2) === out.at(-1)! - 1
          )) ||
        (last().pos === 'ADV' && !(PARTICLES.has(last().text.toLowerCase()) && before()?.pos === 'VERB')) ||
        // "carrying out more | than 100 summary executions": a bound without its number.
        (/^(?:more|less|fewer)$/i.test(last().text) && /^than$/i.test(tokens[out.at(-1)! + 1]?.text ?? '')) ||
        /^than$/i.test(last().text) ||
        strandedBound(tokens, out.at(-1)!) ||
        /^(?:what|which|who)$/i.test(before()?.text ?? '') ||
        (last().pos === 'VERB' && /^(?:NOUN|PROPN|NUM|SYM)$/.test(before()?.pos ?? '')))
    )
      out.pop();
  }
  // "there were signs | it [was subsiding]": a subject pronoun whose verb the cut left out goes.
  const stranded = out.at(-1);
  if (
    stranded !== undefined &&
    stranded !== trigger &&
    out.length > 3 &&
    /^(?:it|he|she|they|we)$/i.test(tokens[stranded]!.text) &&
    /^(?:AUX|VERB)$/.test(tokens[stranded + 1]?.pos ?? '')
  ) {
    out.pop();
    // (And what opened its clause: "did not say whether", "co-ordinating after", "doing all".)
    while (
      out.length > 3 &&
      out.at(-1) !== trigger &&
      (/^(?:ADP|DET|CCONJ|SCONJ|PART)$/.test(tokens[out.at(-1)!]!.pos) ||
        /^(?:all|much|how|whatever|whether|what|which|who|that)$/i.test(tokens[out.at(-1)!]!.text))
    )
      out.pop();
  }
  dropBareConjunct(tokens, out, trigger);
  dropSubjectWithoutVerb(tokens, out, trigger);
  dropOpenSubordinate(tokens, out, trigger);
  // "had been traced, none | of whom were showing any symptoms": a quantifier after a comma whose
  // "of" phrase the cut left out goes.
  const quantifier = out.at(-1);
  if (
    quantifier !== undefined &&
    quantifier !== trigger &&
    out.length > 3 &&
    /^(?:none|some|all|most|many|both|each|several|one)$/i.test(tokens[quantifier]!.text) &&
    tokens[quantifier - 1]?.text === ',' &&
    /^of$/i.test(tokens[quantifier + 1]?.text ?? '')
  )
    out.pop();
  dropCutSayingParticiple(tokens, out, trigger);
  dropCutComplement(tokens, out, trigger);
  // "failed to plug the massive spill from its | leaking well", "a rig drilling its | well": a
  // possessive whose noun the cut left out goes, with the words that led to it.
  if (out.length > 3 && out.at(-1) !== trigger && possessiveLeft(tokens, out.at(-1)!)) {
    out.pop();
    while (
      out.length > 3 &&
      out.at(-1) !== trigger &&
      (/^(?:ADP|DET|CCONJ)$/.test(tokens[out.at(-1)!]!.pos) ||
        // (A participle after its noun, however tagged: "a rig drilling/NOUN | its well".)
        (/^(?:VERB|NOUN)$/.test(tokens[out.at(-1)!]!.pos) &&
          /ing$/i.test(tokens[out.at(-1)!]!.text) &&
          tokens[out.at(-2)!]?.pos === 'NOUN'))
    )
      out.pop();
  }
  // "pledged every available resource | to help [the people of Haiti]": a purpose's infinitive
  // whose object the cut left out goes (not "is expected to visit", which a verb governs).
  const infinitive = out.at(-1);
  if (
    infinitive !== undefined &&
    infinitive !== trigger &&
    out.length > 4 &&
    tokens[infinitive]!.pos === 'VERB' &&
    tokens[infinitive]!.lemma === tokens[infinitive]!.text.toLowerCase() &&
    out.at(-2) === infinitive - 1 &&
    /^to$/i.test(tokens[infinitive - 1]!.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[out.at(-3)!]!.pos) &&
    /^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(tokens[infinitive + 1]?.pos ?? '') &&
    !controlled(tokens, out.at(-3)!)
  )
    out.length -= 2;
  // "rose by 83% compared | with [last year]": a participle after a figure whose phrase went with a date.
  const end = out.at(-1);
  if (
    end !== undefined &&
    end !== trigger &&
    tokens[end]!.pos === 'VERB' &&
    /ed$/i.test(tokens[end]!.text) &&
    tokens[end + 1]?.pos === 'ADP' &&
    /^(?:NUM|SYM)$/.test(tokens[out.at(-2) ?? -1]?.pos ?? '')
  )
    out.pop();
  // "… to ensure | that there was no risk", "… the blow-out that caused | the explosion": an end
  // that leaves a phrase open while the sentence goes on is cut back, or finished.
  // "… confirmed cases[, and repeated that] 45 people have died": two clauses the cut ran together.
  splitRunTogether(tokens, out, trigger);
  endOnConstituent(tokens, out, trigger, (i) => controlled(tokens, i));
  // "… blocking independent efforts | to estimate the size of the spill": a word whose complement
  // carries the meaning gets it back, or its phrase goes.
  endWithComplement(tokens, out, trigger);
  // "… in a secure | , specialist ambulance": adjectives a comma joins before one noun end with it.
  finishAdjectiveList(tokens, out, trigger);
  // "… matches in both Guadalajara | and San Luis": a pair's first half gets its second (`pairEnds.ts`).
  finishPair(tokens, out, trigger);
  // "A [2008] internal investigation", "an [18-hour] bombardment" → the article no longer agrees with
  // the word it now stands before, and goes.
  for (let n = out.length - 2; n >= 0; n--) {
    const article = tokens[out[n]!]!.text.toLowerCase();
    if ((article !== 'a' && article !== 'an') || out[n + 1] === out[n]! + 1) continue;
    const vowel = /^[aeio]/i.test(tokens[out[n + 1]!]!.text);
    if (
      (article === 'a' && vowel) ||
      (article === 'an' && !vowel && !/^[uh]/i.test(tokens[out[n + 1]!]!.text))
    )
      out.splice(n, 1);
  }
  let text = '';
  for (let n = 0; n < out.length; n++) {
    const t = tokens[out[n]!]!;
    const prev = n > 0 ? tokens[out[n - 1]!]! : undefined;
    const glued = prev !== undefined && out[n - 1] === out[n]! - 1 && prev.end === t.start;
    // "further pressure, announcing …": a comma the sentence has between two kept words stays.
    // "at 3,838 - 2,493 civilians": so does a dash after a number (elsewhere it sets an aside apart).
    const mark = prev !== undefined && out[n - 1] === out[n]! - 2 ? tokens[out[n]! - 1]!.text : '';
    text +=
      prev === undefined || glued
        ? t.text
        : // "the United Arab Emirates [(UAE)], Qatar": a comma kept after a cut stays with its word.
          t.text === ',' || t.text === ':'
          ? t.text
          : // (Not between a name in apposition and its verb: "the Syrian National Council | rejected".)
            mark === ',' && !(prev.pos === 'PROPN' && /^(?:VERB|AUX)$/.test(t.pos))
            ? `, ${t.text}`
            : /^[-–—]$/.test(mark) && prev.pos === 'NUM'
              ? ` ${mark} ${t.text}`
              : ` ${t.text}`;
  }
  return { text: text.charAt(0).toUpperCase() + text.slice(1), kept: out };
}

/** Whether the kept words open with a place's phrase closed by its comma ("In Homs, troops …"). */
function frontedPlace(tokens: readonly Token[], kept: readonly number[]): boolean {
  if (!opensPlaceName(tokens[kept[0]!], tokens[kept[1]!]) || kept[1] !== kept[0]! + 1) return false;
  const comma = kept.findIndex((i) => tokens[i]!.text === ',');
  return comma > 1 && comma <= 8 && kept.slice(0, comma).every((i, n) => i === kept[0]! + n);
}

/** Verbs whose object does what their infinitive says ("prompted many analysts to assume", "require inspectors to recuse"). */
const CONTROL =
  /^(?:prompt|require|urge|ask|allow|force|persuade|encourage|tell|order|invite|lead|cause|enable|expect|want|get|permit|push|press|call|need|forbid|warn|advise|instruct|compel|oblige|inspire|convince)$/;

/**
 * Whether the noun ending at `i` is the object of a verb of control, or a verb the tagger took for a
 * noun ("Browner and Lubchenco plan | to visit"), so that the infinitive after it is governed.
 */
function controlled(tokens: readonly Token[], i: number): boolean {
  if (
    /^(?:plan|plans|hope|hopes|want|wants|need|needs|aim|aims|vow|vows|agree|agrees)$/i.test(tokens[i]!.text)
  )
    return true;
  let k = i;
  while (k > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[k - 1]!.pos)) k--;
  const verb = tokens[k - 1];
  return verb?.pos === 'VERB' && CONTROL.test(verb.lemma);
}

/**
 * Whether token `i` stands in brackets that open with a figure ("630,000 gallons | (2,864,037
 * litres)", "$990m (# 674m)"): a conversion or an aside, which a title leaves out.
 */
function inFigureAside(tokens: readonly Token[], i: number): boolean {
  // (The brackets within seven tokens either side of it; the brackets themselves are punctuation.)
  if (tokens[i]!.text === '(') return false;
  for (let open = i; open >= 0 && i - open <= 7; open--) {
    if (tokens[open]!.text === ')') return false;
    if (tokens[open]!.text === '(') return figureAsideClose(tokens, open, tokens.length, i - open + 7) >= i;
  }
  return false;
}

/**
 * Whether the words a limit cut off (`rest`) go on a subject it cut from its verb, then the verb:
 * "… a government report said much of | the spilled oil is gone". Up to six such words finish the
 * clause, as the words said reach their verb (`reachingVerb`).
 */
function verbOfCutSubject(tokens: readonly Token[], rest: readonly number[]): boolean {
  const at = rest.findIndex((i) => !isNominal(tokens[i]!) && tokens[i]!.pos !== 'ADP');
  const verb = tokens[rest[at] ?? -1];
  return (
    at > 0 &&
    verb !== undefined &&
    (verb.pos === 'AUX' ||
      (verb.pos === 'VERB' && !/ing$/i.test(verb.text) && verb.lemma !== verb.text.toLowerCase()))
  );
}

/** Whether token `i` is a possessive whose noun follows it in the sentence ("its | leaking well"), not one that stands alone ("to his."). */
function possessiveLeft(tokens: readonly Token[], i: number): boolean {
  return (
    /^(?:its|their|his|our|my|your)$/i.test(tokens[i]!.text) &&
    /^(?:NOUN|PROPN|ADJ|NUM|VERB|ADV)$/.test(tokens[i + 1]?.pos ?? '')
  );
}
