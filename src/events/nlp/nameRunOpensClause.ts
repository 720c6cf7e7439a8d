import { CALENDAR_WORD } from '../../temporal/calendarNames.ts';
import { knownWord, type Token } from './annotate.ts';
import { CLAUSE_NOUNS, ROLE_BEFORE_NAME } from './captionEnds.ts';
import {
  finiteVerb,
  goesOn,
  POSSESSIVE,
  standsAlone,
  TITLE,
  verbAfterPossessive,
} from './nameOpensClause.ts';

/**
 * Where a clause whose subject is a name of two words or more (a full name, a title and a name, a
 * place of two words) is glued to a clause before it with no punctuation: a picture's caption, a
 * headline or a list's item run into the next sentence ("… to help BP control the slick | George
 * Barisich's fishing boat has survived …", "… against using public transport | South Korea reports
 * its second confirmed case …", "… and with gross negligence | Dr Murray is charged with
 * involuntary manslaughter"). Structural signal, as in `nameClauseStarts`: two finite clauses with no
 * conjunction or punctuation between, the second opening with the name. The word before the name
 * ends the first clause: a noun in small letters that names no role (not "spokesman Craig Harvey
 * said"), no time ("late on Monday evening President Calderon praised …") and no noun a clause
 * follows ("the fact Mr X …"); or an adjective the tagger gave a noun's place ("the slick") or a
 * predicate's ("was low"), not one a clause follows ("is clear"). The clause before stands alone
 * (`standsAlone`: a verb of its own that takes no clause, no conjunction left open), and the name's
 * verb goes on to an object or a passive's agent, as a relative clause without "that" does not
 * ("the difficulties Barack Obama may face in Congress").
 */

/** Words of time before a name: an adverbial of the clause after ("on Monday evening President X said …"). */
const TIME_WORDS =
  /^(?:week|month|year|yesterday|today|tonight|night|morning|afternoon|evening|weekend|ago|earlier|later|time|day)$/;

/**
 * Adjectives a clause may follow without "that" ("it is clear Mr X lied"), and adjectives of place
 * or rank, which a name follows as its own ("in northern Syria", "neighbouring South Korea", "the
 * former President Bill Clinton").
 */
const NOT_AN_END =
  /^(?:clear|unclear|sure|certain|likely|unlikely|possible|impossible|true|obvious|evident|apparent|aware|confident|convinced|concerned|afraid|glad|happy|sorry|worried|hopeful|surprised|satisfied|adamant|\p{L}+ern|neighbou?ring|central|former|late|then|new|fellow|first|last|next|same|other|young|old|great|eminent|beloved|embattled|disgraced|exiled|ousted|jailed|veteran|acting|outgoing|incoming|future|deputy|chief|senior|top|vice)$/u;

/** Pronouns of the object, which end a clause as a noun does. */
const OBJECT_PRONOUN = /^(?:him|them|us|me)$/;

/** Honorifics that open a person's name, never a word inside one. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)$/;

/**
 * Whether the name at token `i` opens with an honorific after a name that ends the clause before
 * ("… accompanied Mr Hayward to the White House | Mr Dudley will head …", "… in clashes across
 * Syria on Thursday | Mr Annan's spokesman told …"): an honorific opens a name, so a capitalised
 * word before it is no word of the same name, unless it is a title or a role ("Foreign Secretary Mr
 * Hague") or a possessive's ("Jackson's Dr Murray").
 */
function honorificAfterName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  return (
    HONORIFIC.test(tokens[i]!.text) &&
    before.end < tokens[i]!.start &&
    /^\p{Lu}[\p{L}'’-]*$/u.test(before.text) &&
    /^(?:PROPN|NOUN)$/.test(before.pos) &&
    !TITLE.test(before.text) &&
    !HONORIFIC.test(before.text) &&
    !ROLE_BEFORE_NAME.test(before.text)
  );
}

/** Whether the word at token `i - 1`, before a name, may end a clause (see the top of this file). */
function endsClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  if (honorificAfterName(tokens, i)) return true;
  if (!/^\p{Ll}+$/u.test(before.text) || before.end === tokens[i]!.start || !knownWord(before.text))
    return false;
  // An object pronoun ends a clause as a noun does ("… despite a heavy crackdown against them | Mr
  // Ghalioun said …"); a verb of telling before it is left to `standsAlone`.
  if (OBJECT_PRONOUN.test(before.text)) return true;
  if (before.pos === 'NOUN')
    return (
      !CLAUSE_NOUNS.test(before.lemma) &&
      !TIME_WORDS.test(before.text) &&
      !/^(?:case|order)$/.test(before.text) &&
      !(ROLE_BEFORE_NAME.test(before.text) && !/[^s]s$/.test(before.text))
    );
  // An adjective after an article stands for its noun ("the slick"); after an auxiliary it is the
  // clause's predicate ("the risk was low").
  return (
    before.pos === 'ADJ' &&
    !NOT_AN_END.test(before.text) &&
    /^(?:DET|AUX)$/.test(tokens[i - 2]?.pos ?? '') &&
    // (Not "all", "each", "no": "the only", "a few" take the name as their noun.)
    /^(?:the|a|an|is|was|are|were|be|been)$/i.test(tokens[i - 2]!.text)
  );
}

/**
 * Whether the verb group at `k` goes on to an object (`goesOn`) or is a passive that goes on to a
 * preposition and its object ("is charged with involuntary manslaughter", "has been tested for
 * swine flu"); a relative clause without "that" leaves the preposition's object out ("the crimes
 * Dr Murray is charged with").
 */
function continues(tokens: readonly Token[], k: number): boolean {
  if (goesOn(tokens, k)) return true;
  let j = k;
  while (j < tokens.length && /^(?:VERB|AUX|ADV)$/.test(tokens[j]!.pos)) j++;
  const group = tokens.slice(k, j);
  return (
    tokens[j - 1]?.pos === 'VERB' &&
    group.some((u) => /^(?:is|are|was|were|be|been|being)$/i.test(u.text)) &&
    tokens[j]?.pos === 'ADP' &&
    /^(?:DET|NUM|NOUN|PROPN|ADJ|PRON)$/.test(tokens[j + 1]?.pos ?? '')
  );
}

/**
 * Whether a conjunction after the clause's last finite verb, before token `i`, joins a noun phrase
 * that the name goes on ("… in Kenya and the capital Nairobi suffered …"): the name is then a subject
 * the conjunction joins to the clause before. (A compound noun's "and" joins no clause: "search
 * and rescue efforts".)
 */
function joinedByConjunction(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= from && !finiteVerb(tokens, k); k--)
    if (tokens[k]!.pos === 'CCONJ' && /^(?:DET|PRON)$/.test(tokens[k + 1]?.pos ?? '')) return true;
  return false;
}

/**
 * Whether the nouns and adjectives before the name at token `i` (no article among them) are a
 * subject glued to the clause before, a capital opening them after a word in small letters or at
 * the sentence's opening ("… in 48 hours | Talent show mogul Simon Cowell has confirmed …"): their
 * last noun is a role before the name, its apposition, not the end of a clause.
 */
function opensGluedSubject(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  while (k > from && /^(?:NOUN|ADJ|NUM|PROPN)$/.test(tokens[k - 1]!.pos)) {
    // (A capital after a word in small letters within the phrase: "48 hours | Talent show mogul".)
    if (/^\p{Lu}\p{Ll}/u.test(tokens[k - 1]!.text) && /^\p{Ll}+$/u.test(tokens[k - 2]?.text ?? ''))
      return k - 2 >= from && /^(?:NOUN|ADJ)$/.test(tokens[k - 2]!.pos);
    k--;
  }
  return k === from && /^\p{Lu}/u.test(tokens[k]!.text);
}

/** A word of a name: a capital then small letters ("George", "Mr"), or an acronym ("UK"). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\p{Lu}+)$/u;

/** The end (exclusive) of the run of names (capitalised names and titles) from token `i`, at most five. */
function runEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (
    j < tokens.length &&
    j < i + 5 &&
    NAME_WORD.test(tokens[j]!.text) &&
    (tokens[j]!.pos === 'PROPN' || TITLE.test(tokens[j]!.text))
  )
    j++;
  return j;
}

/**
 * Whether the run of names at tokens `[i, j)` is the run the sentence opens with, said again with a
 * finite verb after a noun or an adjective in small letters that names no role ("Mariah Carey joins line-up
 * for Haiti charity single | Mariah Carey is the latest star …", "Ms Hotteline was found alive | Ms
 * Hotteline had been in an apartment …"): a caption and the lead that names its subject again; a
 * sentence names its own subject again with a pronoun.
 */
function repeatsOpening(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1]!;
  if (!/^\p{Ll}+$/u.test(before.text) || before.end === tokens[i]!.start) return false;
  if (!/^(?:NOUN|ADJ|NUM)$/.test(before.pos) || j >= tokens.length || !finiteVerb(tokens, j)) return false;
  // (Titles before it say the same name: "Barack Obama makes Haiti earthquake statement | US
  // President Barack Obama has vowed …".)
  const opening = runEnd(tokens, 0);
  const titles = j - i - opening;
  if (opening < 2 || titles < 0 || titles > 2) return false;
  for (let k = i; k < i + titles; k++)
    if (!TITLE.test(tokens[k]!.text) && !/^\p{Lu}{2,}$/u.test(tokens[k]!.text)) return false;
  // (Not a role before the name itself: "… with each passing day, the UN peace envoy Kofi Annan has
  // warned"; a role before a title is none of the name's.)
  if (titles === 0 && ROLE_BEFORE_NAME.test(before.text) && !/[^s]s$/.test(before.text)) return false;
  for (let k = 0; k < opening; k++) if (tokens[k]!.text !== tokens[i + titles + k]!.text) return false;
  return true;
}

/**
 * Offsets in `tokens` (one sentence's) where a clause that opens with a run of two names or more
 * starts, glued to the clause before it (see the top of this file).
 */
export function nameRunClauseStarts(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && !POSSESSIVE.test(t.text)) from = i + 1;
    // (An acronym opens the run before a title: "US President Barack Obama".)
    const acronym = /^\p{Lu}{2,}$/u.test(t.text) && TITLE.test(tokens[i + 1]!.text);
    if ((!/^\p{Lu}\p{Ll}/u.test(t.text) && !acronym) || CALENDAR_WORD.test(t.text)) continue;
    if (!(t.pos === 'PROPN' || TITLE.test(t.text))) continue;
    // The run of names: capitalised names and titles ("Israeli President Shimon Peres").
    const j = runEnd(tokens, i);
    if (j - i < 2 || i - from < 3) continue;
    // (The clause before stands alone: not "… have not proved how | Dr Murray caused …".)
    if (repeatsOpening(tokens, i, j) && standsAlone(tokens, from, i) && !opensGluedSubject(tokens, from, i)) {
      out.push(t.start);
      from = i;
      i = j - 1;
      continue;
    }
    if (!endsClause(tokens, i)) continue;
    // Its verb: after the possessive's noun phrase, or after the name and an adverb.
    let verb = -1;
    if (POSSESSIVE.test(tokens[j]?.text ?? '')) verb = verbAfterPossessive(tokens, j);
    else {
      const k = tokens[j]?.pos === 'ADV' ? j + 1 : j;
      if (k < tokens.length && finiteVerb(tokens, k)) verb = k;
    }
    if (verb < 0 || !continues(tokens, verb)) continue;
    if (
      !standsAlone(tokens, from, i) ||
      joinedByConjunction(tokens, from, i) ||
      opensGluedSubject(tokens, from, i)
    )
      continue;
    out.push(t.start);
    from = i;
    i = j - 1;
  }
  return out;
}
