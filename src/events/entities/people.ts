import type { Span } from '../../model/chronology.ts';
import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { givenNameSex } from './givenNames.ts';
import { givenNameForms, gluedBeforeGiven } from './gluedBeforeName.ts';
import { middleInitial } from './middleInitial.ts';
import { nameRuns, ORGANISATION, ROLE } from './names.ts';
import { isOfficerTitle } from './officerTitle.ts';

/** Titles before a name that tell a man's or a woman's (the rest are in `ROLE`). */
const MALE = /^(?:Mr|Mr\.|King|Prince|Sheikh|Sir|Lord|Emir|Sultan|Ayatollah|Father|Pope)$/;
const FEMALE = /^(?:Mrs|Mrs\.|Ms|Ms\.|Miss|Queen|Princess|Lady|Dame)$/;

/** Words of offices and nations that stand before names but are none: "Defense Minister", "US". */
const OFFICE =
  /^(?:Defen[cs]e|Executive|Operating|Financial|Foreign|Interior|Finance|Prime|Deputy|Vice|State|Staff|Quote|End|Chief|Army|Home|Justice|Information|Health|Security|Opposition|Former|Acting|Special|Syrian|Iranian|Iraqi|Turkish|Russian|Chinese|American|British|French|German|Israeli|Lebanese|Jordanian|Saudi|Egyptian|Libyan|Afghan|Pakistani|Indian|Qatari|Kurdish|Arab|Palestinian|Yemeni|Tunisian|Bahraini|Emirati|Japanese|Korean|Ukrainian|Italian|Spanish|Dutch|Belgian|Swiss|Australian|Canadian|Mexican|Brazilian|European|African|Asian|Western|Sunni|Shia|Shiite|Alawite|Christian|Muslim|Islamist|Catholic)$/;
/** Ranks before a name ("Major Margaret Witt", "Sgt Tim Jones"); a surname elsewhere ("John Major"). */
const RANK = /^(?:Major|Sergeant|Sgt|Corporal|Lieutenant)$/;
/** Whether a word is a title, role or office that stands before a name ("Mr", "Prince", "Major", "Foreign"). */
export const isTitleWord = (word: string): boolean =>
  ROLE.test(word) || MALE.test(word) || FEMALE.test(word) || OFFICE.test(word);
/** A word that may be part of a person's name: a capitalised word with small letters, no title or office. */
export const plainName = (t: Token): boolean =>
  /^\p{Lu}[\p{Ll}'’-]|^(?:al|el|bin|ibn|van|von|de|da|abu|abdul)(?:-|$)/u.test(t.text) &&
  !isTitleWord(t.text) &&
  !ORGANISATION.test(t.text);

/**
 * The sex the given name opening a person's name tells ("Derek Jackson" a man's), past the titles,
 * ranks, offices and places before it ("Florida Governor Rick Scott", "Major Margaret Witt"): none
 * when no word follows the given name, or when the name opens with a word no given name is
 * ("Virginia Tech", "Israel Katz": the lists hold no country's or region's name, nor a rank's).
 * A city's name that is a given name too keeps its sex: opening a name on Timeline17 it was a
 * person's in 31 mentions of 40 ("Vladimir Putin", "Charlotte Randolph"; not "Madison Avenue").
 */
export function givenSex(
  tokens: readonly Token[],
  from: number,
  to: number,
  isPlace: (t: Token) => boolean,
): 'male' | 'female' | undefined {
  let k = from;
  // (A rank opens a name but is no surname's part elsewhere: "Major Margaret Witt", not "John Major".)
  while (
    k < to - 1 &&
    (isTitleWord(tokens[k]!.text) ||
      RANK.test(tokens[k]!.text) ||
      (isPlace(tokens[k]!) && !givenNameSex(tokens[k]!.text)))
  )
    k++;
  const given = tokens[k]!;
  return k < to - 1 && plainName(given) ? givenNameSex(given.text) : undefined;
}
/** Words of kin and station before a name that tell a man's or a woman's ("first lady", "his wife"). */
const KIN_MALE =
  /^(?:husband|father|son|brother|widower|dad|grandfather|grandad|granddad|grandpa|grandson|uncle|nephew|boyfriend)$/i;
const KIN_FEMALE =
  /^(?:lady|wife|widow|mother|daughter|sister|mum|mom|grandmother|grandma|granny|granddaughter|aunt|niece|girlfriend)$/i;

/**
 * Whom a common noun names, when a person ("the Mexican man", "the Democrat congressman", "his
 * wife"): a man, a woman, or a person of either sex; undefined for any other noun.
 */
export function personNoun(t: Token): Kind | undefined {
  if (KIN_MALE.test(t.text) || /^(?:man|boy|gentleman)$/i.test(t.text)) return 'male';
  if (KIN_FEMALE.test(t.text) || /^(?:woman|girl)$/i.test(t.text)) return 'female';
  return ROLE.test(t.text) ||
    /^(?:child|person|victim|captive|hostage|congressman|congresswoman|mayor|governor|judge|senator|prosecutor|coroner|physician|surgeon|musician|rapper|teenager)$/i.test(
      t.text,
    )
    ? 'person'
    : undefined;
}
/** What a pronoun may stand for: a man, a woman, a person, a group, a thing. */
export type Kind = 'male' | 'female' | 'person' | 'plural' | 'thing';

/** A surname as a key: "al-Assad" and "Assad" are one name. */
export const keyOf = (w: string): string => w.replace(/^(?:al|el)-/i, '');

/** The people of an article: surname → gender (when a title says it) and the fullest name seen. */
export interface People {
  readonly gender: Map<string, 'male' | 'female'>;
  readonly fullest: Map<string, Span>;
  /** Surnames two people share ("Barack Obama", "Michelle Obama"): shown as mentioned, not in a fullest form. */
  readonly ambiguous: ReadonlySet<string>;
  /** Whose the fullest form is, when the word before it tells ("first lady Michelle Obama"): no "he" is shown it. */
  readonly fullestGender: ReadonlyMap<string, 'male' | 'female'>;
  /** Surnames known only by a given name before them ("James Cameron"), no title, speaking or alias. */
  readonly byGivenName: ReadonlySet<string>;
}

/** Where a name run's person title ends, if one stands before it or opens it ("Mr", "President"). */
function titled(
  tokens: readonly Token[],
  from: number,
  to: number,
): { kind: Kind; nameFrom: number } | undefined {
  for (let k = from; k < to - 1 && k <= from + 2; k++) {
    const w = tokens[k]!.text;
    if (MALE.test(w)) return { kind: 'male', nameFrom: k + 1 };
    if (FEMALE.test(w)) return { kind: 'female', nameFrom: k + 1 };
    if (ROLE.test(w) || isOfficerTitle(w, true)) return { kind: 'person', nameFrom: k + 1 };
  }
  const before = tokens[from - 1]?.text ?? '';
  if (isOfficerTitle(before)) return { kind: 'person', nameFrom: from };
  if (MALE.test(before)) return { kind: 'male', nameFrom: from };
  if (FEMALE.test(before)) return { kind: 'female', nameFrom: from };
  if (ROLE.test(before)) return { kind: 'person', nameFrom: from };
  return undefined;
}

const DAY =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Verbs whose subject is someone speaking: "Vitner said", "Gagliano testified". */
const SPEAKING = /^(?:say|tell|add|testify|insist|explain|write|recall|claim|deny|admit|argue|warn)$/;

/**
 * Surnames of people an article names without a title: a name of two or three plain words
 * ("Mark Vitner", not "the White House") whose last word, alone or in the full name, speaks
 * somewhere in the article ("Vitner said", "…, said Mark Vitner").
 */
function speakers(sentences: readonly Sentence[], isPlace: (t: Token) => boolean): Set<string> {
  const named = new Set<string>();
  const speaking = new Set<string>();
  for (const s of sentences)
    for (const [from, to] of nameRuns(s.tokens)) {
      const { tokens } = s;
      const last = tokens[to - 1]!;
      // ("met with Obama Sunday": a day after a name is none of it.)
      if (!plainName(last) || isPlace(last) || DAY.test(last.text) || tokens[from - 1]?.pos === 'DET')
        continue;
      const surname = keyOf(last.text);
      if (
        to - from >= 2 &&
        to - from <= 3 &&
        tokens.slice(from, to).every((t) => plainName(t) && !isPlace(t) && /\p{Ll}/u.test(t.text))
      )
        named.add(surname);
      const after = tokens[to];
      const before = tokens[from - 1];
      if (
        (after?.pos === 'VERB' && SPEAKING.test(after.lemma)) ||
        (before?.pos === 'VERB' && SPEAKING.test(before.lemma) && tokens[from - 2]?.text === ',')
      )
        speaking.add(surname);
    }
  return new Set([...named].filter((n) => speaking.has(n)));
}

/**
 * Surnames of people an article names in full by a given name of one sex ("James Cameron", "Tony
 * Hayward", "John Kessler"), with no title: two or three plain words, none a place's, the first a
 * given name the lists hold. Later "Cameron is a pioneer …. He huddled …" speaks of him.
 */
function givenNamed(sentences: readonly Sentence[], isPlace: (t: Token) => boolean): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    for (const [start, to] of nameRuns(s.tokens)) {
      // ("the Ford Foundation": a determiner tells a body's.)
      if (s.tokens[start - 1]?.pos === 'DET' || /^['’]/.test(s.tokens[to]?.text ?? '')) continue;
      // ("Chief Operating Officer Doug Suttles", "BP CEO Tony Hayward": the given name may follow
      // titles and offices; it and one or two plain words end the run.)
      const from = Math.max(start, to - 3);
      const given = s.tokens
        .slice(from, to - 1)
        .findIndex((t) => givenNameSex(t.text) !== undefined && !isPlace(t));
      if (given < 0) continue;
      const words = s.tokens.slice(from + given, to);
      // ("Kenneth R. Feinberg": a middle initial between them.)
      if (
        words.every(
          (t, i) =>
            (plainName(t) && !isPlace(t) && /\p{Ll}/u.test(t.text) && !DAY.test(t.text)) ||
            middleInitial(words, i, 0, words.length),
        )
      )
        out.add(keyOf(words.at(-1)!.text));
    }
  return out;
}

/**
 * Names of people the article gives in full without a title and later by one part of it before a
 * verb ("Brine Cedernier …. Brine supported them", "Michael Jackson …. Jackson suffered …"): each
 * such part (a given name only when it opens one full name) → the full name's surname.
 */
function partNames(sentences: readonly Sentence[], isPlace: (t: Token) => boolean): Map<string, string> {
  const full = new Map<string, Set<string>>();
  const alone = new Set<string>();
  // ("End Quote Thwaiba Kanafani" glued after "southern Turkey": a word the article places is no given name.)
  // (Or one it puts after "in", "at", "near" or a point of the compass: "in southern Turkey".)
  const placeWords = new Set(
    sentences.flatMap((s) =>
      s.tokens
        .filter(
          (t, i) =>
            isPlace(t) ||
            (t.pos === 'PROPN' &&
              s.tokens[i + 1]?.pos !== 'PROPN' &&
              /^(?:in|at|near|northern|southern|eastern|western|central)$/i.test(
                s.tokens[i - 1]?.text ?? '',
              )),
        )
        .map((t) => t.text),
    ),
  );
  // (Asked of the same sentences for every part and name: read once a sentence.)
  const personalOf = new Map<Sentence, boolean>();
  const personal = (s: Sentence | undefined) => {
    if (s === undefined) return false;
    let known = personalOf.get(s);
    if (known === undefined) {
      known = s.tokens.some((t) => t.pos === 'PRON' && /^(?:he|his|him|she|her)$/i.test(t.text));
      personalOf.set(s, known);
    }
    return known;
  };
  // Where each full name and each part alone stands: "he" or "she" there or right after tells a
  // person's ("Smithfield Foods … Smithfield said … it" is no one's).
  const seen = new Map<string, Sentence[]>();
  const at = (key: string, s: Sentence) => seen.set(key, [...(seen.get(key) ?? []), s]);
  // "Obama, on his fourth visit …, said he would": a part alone followed in its clause by "his".
  const followed = new Set<string>();
  for (const s of sentences)
    for (const [from, to] of nameRuns(s.tokens)) {
      const { tokens } = s;
      const words = tokens.slice(from, to);
      // ("in Llangadfan, Montgomeryshire", "the Smithfield plant": a place's or a thing's.)
      if (
        /^(?:DET|ADP)$/.test(tokens[from - 1]?.pos ?? '') ||
        words.some((t) => !plainName(t) || isPlace(t) || placeWords.has(t.text) || DAY.test(t.text))
      )
        continue;
      if (to - from === 1 && /^(?:VERB|AUX|PUNCT)$/.test(tokens[to]?.pos ?? '')) {
        const part = keyOf(words[0]!.text);
        if (tokens[to]!.pos !== 'PUNCT') alone.add(part);
        at(part, s);
        const next = tokens.slice(to, to + 8);
        const pronoun = next.findIndex((t) => t.pos === 'PRON' && /^(?:he|his|she|her)$/i.test(t.text));
        // (An aside the comma opens, no verb before the pronoun: not "Digicel, has said he", "Tsang said he".)
        if (
          pronoun >= 0 &&
          tokens[to]!.text === ',' &&
          !next
            .slice(0, pronoun)
            .some((t) => /^(?:PROPN|VERB|AUX)$/.test(t.pos) || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text)))
        ) {
          followed.add(part);
          alone.add(part);
        }
      }
      if (to - from < 2 || to - from > 3 || !words.every((t) => /\p{Ll}/u.test(t.text))) continue;
      const text = words.map((t) => t.text).join(' ');
      at(text, s);
      for (const part of [words[0]!.text, words.at(-1)!.text]) {
        const set = full.get(keyOf(part)) ?? new Set<string>();
        set.add(text);
        full.set(keyOf(part), set);
      }
    }
  const spoken = (key: string) =>
    (seen.get(key) ?? []).some((s) => personal(s) || personal(sentences[s.index + 1]));
  const out = new Map<string, string>();
  for (const part of alone) {
    const names = [...(full.get(part) ?? [])].filter(spoken);
    const surnames = new Set(names.map((n) => keyOf(n.split(' ').at(-1)!)));
    // ("Elizabeth Jane … Jane Price … Jane was": a given name that opens another name is no surname.)
    const opens = names.some((n) => keyOf(n.split(' ')[0]!) === part);
    if (surnames.has(part)) {
      if (!opens || !givenNameSex(part)) out.set(part, part);
    } else if (names.length === 1) out.set(part, [...surnames][0]!);
    else if (names.length === 0 && followed.has(part) && !givenNameSex(part)) out.set(part, part);
  }
  return out;
}

/** The people an article names after a title or role word, keyed by surname, with gender and fullest name. */
export function findPeople(sentences: readonly Sentence[], isPlace: (t: Token) => boolean): People {
  const gender = new Map<string, 'male' | 'female'>();
  const known = new Set<string>();
  const roleAlone = new Set<string>();
  for (const s of sentences)
    for (const [from, to] of nameRuns(s.tokens)) {
      const t = titled(s.tokens, from, to);
      if (!t || ORGANISATION.test(s.tokens[to - 1]!.text)) continue;
      if (!plainName(s.tokens[to - 1]!) || isPlace(s.tokens[to - 1]!)) continue;
      const surname = keyOf(s.tokens[to - 1]!.text);
      known.add(surname);
      // ("President Obama": one a role names by the surname alone may be another than a given name's.)
      if (t.nameFrom >= to - 1) roleAlone.add(surname);
      if (t.kind === 'male' || t.kind === 'female')
        gender.set(surname, gender.has(surname) && gender.get(surname) !== t.kind ? 'male' : t.kind);
    }
  for (const surname of speakers(sentences, isPlace)) known.add(surname);
  // (Known only by a given name: named elsewhere than as a subject, one of the article's many
  // passers-by, "said Quincy Jones", whom only a possessive of the same sentence takes.)
  const byGivenName = new Set<string>();
  for (const surname of givenNamed(sentences, isPlace))
    if (!known.has(surname)) {
      known.add(surname);
      byGivenName.add(surname);
    }
  const aliases = partNames(sentences, isPlace);
  for (const surname of aliases.values()) known.add(surname);
  // The fullest form: the longest name, without the titles and offices before it, that ends in a
  // known surname ("Secretary of State Hillary Clinton" → "Hillary Clinton").
  const fullest = new Map<string, Span>();
  const fullestGender = new Map<string, 'male' | 'female'>();
  // Where each fullest form stands, to read its given name as tokens.
  const fullestRun = new Map<string, { tokens: readonly Token[]; from: number; to: number }>();
  // The given names each form puts before a surname ("Barack", "Michelle" for "Obama").
  const given = new Map<string, Set<string>[]>();
  const forms = givenNameForms(sentences);
  for (const s of sentences)
    for (const [from, to] of nameRuns(s.tokens)) {
      const surname = keyOf(s.tokens[to - 1]!.text);
      if (!known.has(surname)) continue;
      let a = to - 1;
      // ("Washington Obama" of a glued dateline: a place's name is no given name.)
      // ("Kenneth R. Feinberg": past a middle initial after a given name.)
      // ("Managing Director Bob Dudley", "In Washington Ken Salazar …": nor a word glued before
      // a given name from outside the name, `gluedBeforeGiven`.)
      while (
        a > from &&
        a > to - 4 &&
        !gluedBeforeGiven(s.tokens, a, from, to, forms) &&
        ((plainName(s.tokens[a - 1]!) && !isPlace(s.tokens[a - 1]!)) ||
          (middleInitial(s.tokens, a - 1, from, to) && plainName(s.tokens[a - 2]!)))
      )
        a--;
      if (a < to - 1) {
        const forms = given.get(surname) ?? [];
        forms.push(new Set(s.tokens.slice(a, to - 1).map((t) => t.text)));
        given.set(surname, forms);
      }
      // A surname alone keeps the title that tells who is meant ("Mr Annan", "Lady Amos").
      const title = s.tokens[a - 1];
      if (a === to - 1 && title && a - 1 >= from && (MALE.test(title.text) || FEMALE.test(title.text))) a--;
      const span = { start: s.tokens[a]!.start, end: s.tokens[to - 1]!.end };
      const prev = fullest.get(surname);
      if (!prev || span.end - span.start > prev.end - prev.start) {
        fullest.set(surname, { ...span, text: s.text.slice(span.start - s.start, span.end - s.start) });
        fullestRun.set(surname, { tokens: s.tokens, from: a, to });
        // "first lady Michelle Obama": the word before the form may tell whose it is.
        const before = s.tokens[a - 1]?.text ?? '';
        const told =
          MALE.test(before) || KIN_MALE.test(before)
            ? 'male'
            : FEMALE.test(before) || KIN_FEMALE.test(before)
              ? 'female'
              : undefined;
        if (told) fullestGender.set(surname, told);
        else fullestGender.delete(surname);
      }
    }
  // "Brine Cedernier … Brine supported them": a given name alone stands for the one full name it opens.
  for (const [part, surname] of aliases) {
    const full = fullest.get(surname);
    if (part === surname || !full || fullest.has(part)) continue;
    fullest.set(part, full);
    fullestRun.set(part, fullestRun.get(surname)!);
    const g = gender.get(surname);
    if (g) gender.set(part, g);
  }
  // "Barack Obama" and "Michelle Obama", "Michael Jackson" and "Paris Katherine Jackson": two people
  // share the surname, and its fullest form would name the wrong one as often as the right one.
  const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
  const ambiguous = new Set<string>();
  for (const [surname, forms] of given)
    if (forms.some((a) => forms.some((b) => !within(a, b) && !within(b, a)))) ambiguous.add(surname);
  // "Derek Jackson", "Jane Probert": a given name tells the sex no title told (not of a surname two
  // people share, "Barack Obama" and "Michelle Obama", or a role names alone, "President Obama").
  for (const [surname, run] of fullestRun) {
    const sex = givenSex(run.tokens, run.from, run.to, isPlace);
    if (!gender.has(surname) && !ambiguous.has(surname) && !roleAlone.has(surname) && sex)
      gender.set(surname, sex);
  }
  for (const surname of aliases.values()) byGivenName.delete(surname);
  return { gender, fullest, ambiguous, fullestGender, byGivenName };
}
