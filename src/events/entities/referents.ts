import type { Span } from '../../model/chronology.ts';
import { LINK, QUANTIFIERS } from '../../model/shownTitle.ts';
import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import {
  type Candidate,
  candidates,
  endsIn,
  isPluralNoun,
  predicateNoun,
  SUBORDINATOR,
} from './candidates.ts';
import { canOwn } from './canOwn.ts';
import { captionCandidates } from './captionLines.ts';
import { clauseHost } from './clauseHost.ts';
import { BE, clauseIt, impersonalIt } from './clauseIt.ts';
import { closingSayer } from './closingSayer.ts';
import { describedBody } from './describedBody.ts';
import { describedPerson } from './describedPerson.ts';
import { describedSubject } from './describedSubject.ts';
import { describedName } from './descriptions.ts';
import { mainBody } from './mainBody.ts';
import { namedAfter } from './namedAfter.ts';
import { findPeople, type Kind, type People } from './people.ts';
import { agrees, nearerDescribed, speaksAsI } from './personCues.ts';
import { type PlaceSpan, placeOfThere } from './placeThere.ts';
import { INSIDE_KIND, noPersonToken, possessiveInside } from './possessiveInside.ts';
import { personPossessorBetween, possessorTopic } from './possessorBetween.ts';
import { pronounSubject } from './pronounChain.ts';
import { soleThing } from './soleThing.ts';
import { thingSubjectBetween } from './subjectBetween.ts';
import { whoseOwner } from './whoseOwner.ts';

/** A title's first word past a word that only links it to the sentence before, and the word after (made once, not per title). */
const OPENING_WORD = new RegExp(`^${LINK.source}(\\p{L}+)(\\s+(\\S+))?`, 'u');

/**
 * Whom a title's opening pronoun stands for ("He went into a two-hour meeting" → Recep Tayyip
 * Erdogan), named earlier in the article. A light, rule-based coreference in the manner of Hobbs's
 * and centering's preferences: the nearest sentence before (then the pronoun's own sentence before
 * it) that names a candidate of the pronoun's kind, its subject first. "he"/"she" take people
 * (names after a title or role word, "Mr Annan", or a surname such a name has), "they" plural
 * subjects ("China and Russia", "the rebels"), "it" singular ones that are no person ("the Red
 * Cross"). A title opening with a description ("The council") takes the name it shortens
 * (`descriptions.ts`). The title itself is untouched: the referent is shown beside it, in brackets.
 */
export interface Referent {
  /** The title's opening words it stands in for, a pronoun or a description, in the sentence (body offsets). */
  readonly words: Span;
  /** A mention of whom it stands for (body offsets): a person's fullest name in the article. */
  readonly name: Span;
}

const PRONOUNS: Readonly<Record<string, Kind>> = {
  he: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  they: 'plural',
  their: 'plural',
  it: 'thing',
  its: 'thing',
  // "… opposition groups declared their support and in October several announced a front": a
  // quantifier standing for its noun.
  several: 'plural',
  both: 'plural',
};

/** How many sentences before the pronoun's own are searched, past those that use the same pronoun. */
const LOOKBACK = 3;

/**
 * A resolver for an article's sentences: given a title and where its sentence and trigger are, the
 * referent of the title's opening pronoun, or undefined when it has none or none is found.
 */
export function referentResolver(sentences: readonly Sentence[], places: readonly PlaceSpan[]) {
  const placed = new Set<number>();
  for (const p of places) placed.add(p.end);
  // A word that ends a place name ("Syria", "Damascus") is no surname.
  const isPlace = (t: Token) => placed.has(t.end);
  let people: People | undefined;
  const peopleOf = (): People => {
    people ??= findPeople(sentences, isPlace);
    return people;
  };
  const offered = new Map<number, Candidate[]>();
  const offers = (s: Sentence) => {
    let list = offered.get(s.index);
    if (!list) {
      // (A caption glued before a paragraph offers only names the story gives too: `captionCandidates`.)
      list = captionCandidates(sentences, s.index, candidates(s, peopleOf(), isPlace));
      offered.set(s.index, list);
    }
    return list;
  };
  /**
   * Whether a quotation opens after `from` in its sentence (an odd number of quotation marks to its
   * end) and is still open at `to`: 'Nick Davies wants to know:"My great great grandfather was a
   * miner. His name was Jacob Jacobs."' — the one who speaks is none a "his" in the words quoted is.
   */
  const ordered = sentences.every(
    (x, i) => i === 0 || (x.start >= sentences[i - 1]!.start && x.end >= sentences[i - 1]!.end),
  );
  const speaksNext = (from: number, to: number) => {
    const marks = (x: Sentence, a: number, b: number) =>
      (x.text.slice(Math.max(a, x.start) - x.start, Math.min(b, x.end) - x.start).match(/["“”]/g) ?? [])
        .length;
    // (The sentences are in text order: the search starts at the first that ends at or after `from`.)
    const first = ordered ? firstEndingAtOrAfter(sentences, from) : 0;
    let own: Sentence | undefined;
    for (let i = first; i < sentences.length && !own; i++) {
      const y = sentences[i]!;
      if (y.start <= from && from <= y.end) own = y;
      else if (ordered) break;
    }
    if (!own || marks(own, from, own.end) % 2 === 0) return false;
    // (Still open at the pronoun: not 'Hayward said:"We were not prepared." He admitted …'.)
    let open = 0;
    for (let i = first; i < sentences.length; i++) {
      const x = sentences[i]!;
      if (ordered && x.start >= to) break;
      if (x.end > from && x.start < to) open += marks(x, from, to);
    }
    return open % 2 === 1;
  };
  /** Whom the pronoun at token `k` of sentence `s`, of kind `kind`, stands for, searching back from it. */
  const resolveAt = (s: Sentence, k: number, kind: Kind, strict = false): Referent | undefined => {
    const pronounToken = s.tokens[k]!;
    const word = pronounToken.text.toLowerCase();
    const pronoun = { start: pronounToken.start, end: pronounToken.end, text: pronounToken.text };
    // "It was the worst earthquake to hit … and flattened …": what "it" is said to be names the
    // kind of thing it stands for; only a candidate of that kind will do.
    const kindNoun = kind === 'thing' ? predicateNoun(s.tokens, k) : undefined;
    // Subjects first; a person named elsewhere in the sentence, or, in the sentence right before,
    // a thing named elsewhere ("But the focus on Smithfield is not surprising. It won notoriety …").
    const pick = (list: readonly Candidate[], near = false, own = false, described = false) => {
      // ("But shares have shown signs …. They closed …": a bare plural that opens the sentence
      // before, or is its passive's doer, when the sentence names no other plural.)
      const lead = (c: Candidate) =>
        word === 'they' &&
        c.lead === true &&
        (own || (near && !c.ownOnly)) &&
        list.filter((x) => x.kind === 'plural').length === 1;
      const person = kind === 'male' || kind === 'female';
      const fit = list.filter(
        (c) =>
          agrees(kind, c.kind) &&
          (!person || own || !speaksNext(c.end, pronoun.start)) &&
          !c.mention &&
          // ("'… gone with him,' said Quincy Jones …. The singer had been dogged …. He was arrested":
          // one passing by further back is none; in its own sentence, one only when no other person
          // is named: "Kyle Schonekas, attorney for … captain Curt Kuchta, objects … to what he argued".)
          (!c.passing || near || (own && !list.some((x) => x !== c && agrees(kind, x.kind) && !x.passing))) &&
          (described || !c.described) &&
          (!c.bare || (own && QUANTIFIERS.test(word)) || lead(c)) &&
          (kindNoun === undefined ? !c.object : endsIn(c, kindNoun)) &&
          // ("The performance did little for BP's financial position. Its shares fell back".)
          (own || word !== 'its' || canOwn(c)),
      );
      // Main clauses' subjects before those of a clause a subordinator opens ("While a subdued
      // Hayward went on …, Barton riled up …").
      const found =
        (own ? undefined : fit.find((c) => c.subject && !c.subordinate)) ??
        fit.find((c) => c.subject || c.object || (own && c.opening)) ??
        (person
          ? (fit.find((c) => !c.subordinate) ?? fit[0])
          : near && kind === 'thing'
            ? // ("According to Syrian TV, …. On Monday, it reported …")
              (fit.find((c) => c.source) ?? fit[0])
            : undefined);
      // "Dudley, a US citizen, has been looking … since he was thrown out": a subject named by one
      // plain word no title marks may be a person the search for "he" or "she" must not look past
      // (null: none is found).
      if (person && list.some((c) => c.unknown && c.subject) && !found?.subject) return null;
      return found;
    };
    // Its own sentence before it ("When Mr Annan arrived, he met …"), the nearest candidate first.
    const own = offers(s).filter((c) => c.end <= pronoun.start);
    if (strict) return named(s, unambiguous(s, k, kind, own), pronoun, kind);
    const search = (described: boolean) => searchFrom(s, k, kind, own, pick, described);
    // A name first; a person's description ("the Mexican man") only where no name is found.
    for (const described of kind === 'male' || kind === 'female' ? [false, true] : [false]) {
      const found = search(described);
      if (found === null) return undefined;
      // ("… to reach Jackson's bedroom after his doctor called": a nearer possessor makes it doubtful.)
      if (found && personPossessorBetween(sentences, found, pronoun, kind, people!)) return undefined;
      // ("He took over from Hayward …": not the one named after it.)
      if (found && namedAfter(s, k, found)) return undefined;
      if (found) return named(s, found, pronoun, kind);
    }
    return undefined;
  };
  /** The candidate the pronoun at `k` of `s` stands for, searching back; null where the search must stop. */
  const searchFrom = (
    s: Sentence,
    k: number,
    kind: Kind,
    own: readonly Candidate[],
    pick: (
      list: readonly Candidate[],
      near: boolean,
      own: boolean,
      described: boolean,
    ) => Candidate | null | undefined,
    described: boolean,
  ): Candidate | null | undefined => {
    const word = s.tokens[k]!.text.toLowerCase();
    // "Hayward became a lightning rod … when he told …": the one person its sentence names first.
    const host = described ? undefined : clauseHost(s, k, kind, own);
    if (host) return host;
    let found = pick([...own].reverse(), false, true, described);
    if (found === null) return null;
    // "Judge Michael Pastor sided with prosecutors who said the photos would show the star was healthy
    // before he died": a person a common noun describes, subject of a nearer clause, comes first.
    if (found && !described) found = nearerDescribed(s, k, kind, own, found) ?? found;
    // "BP will show the tanks it has been building … before they are shipped out": a "they" that
    // opens a clause joined to its sentence's takes the one plural named before it there, object or not.
    const joiner = s.tokens[k - 1];
    if (!found && word === 'they' && joiner && (joiner.pos === 'CCONJ' || SUBORDINATOR.test(joiner.text))) {
      const plurals = own.filter((c) => c.kind === 'plural' && !c.bare);
      if (plurals.length === 1) found = plurals[0];
    }
    // A sentence that speaks of the same one by the same pronoun ("Earlier, he had expressed …")
    // carries the chain back without counting, up to a limit.
    const same = new Set(Object.keys(PRONOUNS).filter((w) => PRONOUNS[w] === kind));
    for (let i = s.index - 1, seen = 0, read = 0; !found && i >= 0 && seen < LOOKBACK && read < 8; i--) {
      const prev = sentences[i]!;
      if (prev.heading) continue;
      read++;
      // (A description only from the sentence right before: "He is represented by …. El Mundo's
      // correspondent. He began …. He was kidnapped …" is no longer the photographer's.)
      if (described && read > 1) break;
      // (A thing's possessor there, the topic, is taken, or none; not its other things.)
      const topic =
        kind === 'thing' && read === 1 ? possessorTopic(prev, offers(prev), people!, isPlace) : undefined;
      found = pick(offers(prev), read === 1 && topic === undefined, false, described);
      if (found === undefined && topic !== undefined) return topic;
      if (found === null) return null;
      // ("He spent 20 years at Amoco …, and lost out to Hayward. He took over …": past one that a
      // sentence whose subject is the same pronoun names elsewhere.)
      if (found && !found.subject && pronounSubject(prev, kind)) found = undefined;
      if (kind === 'thing' && read === 1 && thingSubjectBetween(prev, offers(prev), found)) return null;
      // "Dozens of people were killed, including journalists Marie Colvin and Remi Ochlik. Their
      // deaths …": two names joined outside the subject of the sentence right before, when it names
      // no other plural but bare ones ("observers say the power lies with Beijing and Moscow"); for
      // a pronoun that opens its sentence's first clause (not "… accused forces of forcing civilians
      // to march in front of them as they advanced").
      const opens = !s.tokens.slice(0, k).some((t) => /^(?:VERB|AUX)$/.test(t.pos));
      if (!found && !described && read === 1 && kind === 'plural' && opens) {
        const plurals = offers(prev).filter((c) => c.kind === 'plural' && !c.bare);
        if (plurals.length === 1 && plurals[0]!.pair) found = plurals[0];
      }
      // "My mum is there. She was due to fly back": a man or a woman a noun describes as the subject
      // of the sentence right before, of the pronoun's sex, before any name further back.
      if (!found && !described && read === 1 && (kind === 'male' || kind === 'female'))
        found = offers(prev).find((c) => c.described && c.kind === kind && c.subject);
      // "I am searching for information on my great grandad Evan Llewellyn Davies. He was born …":
      // a writer who speaks as "I" or "we" tells of the one person the sentence names, when one.
      if (!found && !described && read === 1 && (kind === 'male' || kind === 'female') && speaksAsI(prev)) {
        // (Not a possessor: "… in BP PLC's Houston headquarters".)
        const named = offers(prev).filter(
          (c) => agrees(kind, c.kind) && !c.described && !/^['’]/.test(prev.text.slice(c.end - prev.start)),
        );
        if (named.length === 1) found = named[0];
      }
      if (!prev.tokens.some((t) => same.has(t.text.toLowerCase()))) seen++;
    }
    return found;
  };
  /**
   * For a possessive inside a title, only a referent no reader would doubt: the one candidate of
   * its kind in its own sentence before it, or, with none there, the subject of the sentence right
   * before; none when, with no candidate in its sentence, a pronoun of its kind comes before it
   * ("In another he is naked but with parts of his body obscured": "his" is whoever "he" is).
   */
  const unambiguous = (
    s: Sentence,
    k: number,
    kind: Kind,
    own: readonly Candidate[],
    chain = 2,
  ): Candidate | undefined => {
    const fits = (list: readonly Candidate[], mentions = false) =>
      list.filter((c) => agrees(kind, c.kind) && !c.bare && !c.object && (mentions || !c.mention));
    const sameKind = (t: Token) => PRONOUNS[t.text.toLowerCase()] === kind && !QUANTIFIERS.test(t.text);
    const mine = fits(own, true);
    // ("critical to Obama and his fellow Democrats": a name that may be a person's is a candidate too.)
    const person = kind === 'male' || kind === 'female';
    if (person && own.some((c) => c.unknown)) return undefined;
    // ("Jackson suffered … Michael Jackson's death certificate …": one person named twice is one.)
    const one =
      mine.length === 1 || mine.every((c) => c.surname !== undefined && c.surname === mine[0]!.surname);
    if (mine.length > 0) return one ? mine[0] : undefined;
    if (s.tokens.slice(0, k).some(sameKind)) return undefined;
    const prev = sentences.slice(0, s.index).findLast((x) => !x.heading);
    if (!prev) return undefined;
    // "A video of Hassan Salim al-Meqdad was released by his captors …. The statement was
    // dismissed by his family": the sentence before speaks of one by the same pronoun; whom its
    // first such pronoun stands for, found by the same rule.
    const j = prev.tokens.findIndex(sameKind);
    if (j >= 0)
      return chain > 0
        ? unambiguous(
            prev,
            j,
            kind,
            offers(prev).filter((c) => c.end <= prev.tokens[j]!.start),
            chain - 1,
          )
        : undefined;
    if (person && offers(prev).some((c) => c.unknown && c.subject)) return undefined;
    const subject = fits(offers(prev)).find((c) => c.subject);
    // ("… Its General Assembly votes": none but one that may own it.)
    return subject && (kind !== 'thing' || canOwn(subject)) ? subject : undefined;
  };
  /**
   * The referent of `pronoun`: the candidate found, a person in the fullest form the article gives
   * unless two people share the surname or that form is of the other sex than the pronoun's.
   */
  const named = (
    s: Sentence,
    found: Candidate | undefined,
    pronoun: Span,
    kind: Kind = 'thing',
  ): Referent | undefined => {
    if (!found) return undefined;
    const other = kind === 'male' ? 'female' : kind === 'female' ? 'male' : undefined;
    const full =
      found.surname &&
      !people!.ambiguous.has(found.surname) &&
      (other === undefined || people!.fullestGender.get(found.surname) !== other)
        ? people!.fullest.get(found.surname)
        : undefined;
    const at = sentences.find((x) => x.start <= found.start && found.end <= x.end) ?? s;
    const name = full ?? {
      start: found.start,
      end: found.end,
      text: at.text.slice(found.start - at.start, found.end - at.start),
    };
    return { words: pronoun, name };
  };
  /** The referent of the title's opening pronoun or description, or of a possessive inside it. */
  const ofWho = (title: string, sentenceIndex: number, triggerStart: number): Referent | undefined => {
    // "So she'll have gained …": past a word that only links to the sentence before.
    const first = OPENING_WORD.exec(title);
    const kind = first && PRONOUNS[first[1]!.toLowerCase()];
    const s = sentences[sentenceIndex];
    if (!kind) {
      const described =
        describedName(sentences, sentenceIndex, triggerStart, title) ??
        describedPerson(sentences, sentenceIndex, triggerStart, title) ??
        describedBody(sentences, sentenceIndex, triggerStart, title, offers, isPlace) ??
        // (Else "The company …" the nearest sentences leave open: the article's main body.)
        mainBody(sentences, sentenceIndex, triggerStart, title, peopleOf(), isPlace) ??
        closingSayer(title, sentences, sentenceIndex, offers) ??
        describedSubject(sentences, sentenceIndex, title, offers) ??
        whoseOwner(sentences, sentenceIndex, title);
      if (described || !s) return described;
      // "Protests against his rule began": a possessive inside the title that nothing before it in the title stands for.
      const inside = possessiveInside(title, s, isPluralNoun, noPersonToken(offers(s), s));
      if (inside === undefined) return undefined;
      return resolveAt(s, inside, INSIDE_KIND[s.tokens[inside]!.text]!, true);
    }
    if (!s) return undefined;
    const word = first[1]!.toLowerCase();
    const pronounToken = [...s.tokens]
      .reverse()
      .find((t) => t.start < Math.max(triggerStart, s.start + 1) && t.text.toLowerCase() === word);
    if (!pronounToken) return undefined;
    const k = s.tokens.indexOf(pronounToken);
    // "It is thought …", "It was unclear": "it" before a form of "be" is mostly no referring word.
    // (Nor is it for a rule of this kind: "from which it was suspended" refers, but taking the
    // nearest subject for such an "it" was wrong about half the time on Timeline17.) Before "be"
    // and a verb it takes only the one thing its own sentence names ("since it was brokered").
    // ("It has been reported that Michael Joseph will attend a private school".)
    if (kind === 'thing' && word === 'it' && impersonalIt(s, k)) return undefined;
    if (kind === 'thing' && word === 'it' && BE.test(first[3] ?? ''))
      return clauseIt(s, k)
        ? named(s, soleThing(sentences, s, k, offers), {
            start: pronounToken.start,
            end: pronounToken.end,
            text: pronounToken.text,
          })
        : undefined;
    // "Several people were killed": a quantifier before its noun stands for nothing.
    if (QUANTIFIERS.test(word) && !/^(?:VERB|AUX|ADV)$/.test(s.tokens[k + 1]?.pos ?? '')) return undefined;
    // "This Is It tour": a capitalised pronoun inside a sentence is part of a name.
    if (k > 0 && /^\p{Lu}/u.test(pronounToken.text) && !/^(?:PUNCT|SYM)$/.test(s.tokens[k - 1]!.pos))
      return undefined;
    return resolveAt(s, k, kind);
  };
  // Else "… have been killed there": the one place named before (an event shows one referent).
  return (title: string, sentenceIndex: number, triggerStart: number): Referent | undefined =>
    ofWho(title, sentenceIndex, triggerStart) ?? placeOfThere(title, sentences, sentenceIndex, places);
}

/** Index of the first of `sentences` (in text order) that ends at or after `at` (binary search). */
function firstEndingAtOrAfter(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
