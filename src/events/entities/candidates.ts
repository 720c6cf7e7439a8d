import { knownWord, type Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { BE } from './clauseIt.ts';
import { invertedSubject } from './invertedSubject.ts';
import { namedPluralOpening } from './namedPlural.ts';
import { nameRuns, ORGANISATION } from './names.ts';
import { givenSex, type Kind, keyOf, type People, personNoun, plainName } from './people.ts';

/** First words of places named in two words ("Saudi Arabia", "New York"), which are no person. */
const PLACE_FIRST =
  /^(?:Saudi|New|North|South|East|West|United|Hong|Sri|El|Los|San|Las|Abu|Costa|Puerto|Sierra|Burkina|Ivory|Czech|Great|Middle|Gulf|Persian|Red|Dead|Golan|Gaza)$/;

/** Nouns of time ("this month", "the past 13 months"), which no pronoun stands for. */
const TIME =
  /^(?:days?|weeks?|months?|years?|mornings?|afternoons?|evenings?|nights?|weekends?|hours?|minutes?|decades?|century|centuries|time|moment|season|summer|winter|spring|autumn)$/i;

/** A noun phrase or name a pronoun may stand for, with where it stands in its sentence. */
export interface Candidate {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
  /** Its last word, in lower case ("earthquake"). */
  readonly last: string;
  /** Stands before its verb (a subject), not after a preposition, a verb or as a possessor. */
  readonly subject: boolean;
  /** For a person: the surname that keys the article's fullest form of the name. */
  readonly surname?: string;
  /** A common noun's phrase that is no subject: only a pronoun said to be one of its kind takes it. */
  readonly object?: boolean;
  /** A name that is the subject of a clause a subordinator opens ("as the Red Cross said"): taken in the pronoun's own sentence only. */
  readonly opening?: boolean;
  /** A plural without a determiner ("opposition groups"): only a quantifier of its own sentence takes it. */
  readonly bare?: boolean;
  /** Named by one plain word no title marks ("Dudley"): it may be a person no "he" looks past. */
  readonly unknown?: boolean;
  /** A person a common noun describes ("the Mexican man"): taken only when no name will do. */
  readonly described?: boolean;
  /** A person named elsewhere than as a subject, whom only a possessive of the same sentence takes. */
  readonly mention?: boolean;
  /**
   * A person known only by a given name before the surname, named elsewhere than as a subject
   * ("…, said Kevin Ireland"): taken from the pronoun's own sentence or the one right before only.
   */
  readonly passing?: boolean;
  /** The source of an "according to": a later "it" in the sentence after may be what it reports. */
  readonly source?: boolean;
  /** Named in a subordinate clause that opens its sentence: a main clause's subject comes first. */
  readonly subordinate?: boolean;
  /** A bare plural that opens its sentence or is a passive's doer: "they" may take it from the sentence before. */
  readonly lead?: boolean;
  /** Two names joined ("China and Russia", "Marie Colvin and Remi Ochlik"). */
  readonly pair?: boolean;
  /** A plural a name modifies ("Jordanian officials"): a lead for a "they" of its own sentence only. */
  readonly ownOnly?: boolean;
  /** A common noun's phrase ("the performance", "the company"), no name. */
  readonly common?: boolean;
}

/** Whether the phrase ending before `to` stands as a subject: a verb (or adverb, auxiliary) follows. */
function beforeVerb(tokens: readonly Token[], to: number, from = to): boolean {
  let k = to;
  // "the full story of the Exxon Valdez wreck is …": past an "of" phrase.
  if (tokens[k]?.text === 'of') {
    k++;
    while (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? '')) k++;
  }
  // "the Syrian Observatory for Human Rights (SOHR) said": past its initials in brackets.
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  // "Gen Robert Mood, head of the UN mission, said": past an apposition between commas.
  // "Russia's ambassador to the UN, Vitaly Churkin, denied …": the comma that closes a name set off
  // as an apposition, before a finite verb (not "…, saying").
  if (
    tokens[from - 1]?.text === ',' &&
    tokens[k]?.text === ',' &&
    /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') &&
    !/ing$/i.test(tokens[k + 1]!.text)
  )
    return true;
  if (tokens[k]?.text === ',') {
    const comma = (within: number) => tokens.findIndex((t, i) => i > k && i <= k + within && t.text === ',');
    let close = comma(10);
    // A longer one when it is a noun phrase with no clause of its own ("The animal, the sole
    // survivor of a pair of pigs donated by China in 2002, normally grazes …").
    if (close < 0 && tokens[k + 1]?.pos === 'DET') {
      close = comma(16);
      if (tokens.slice(k + 1, close).some((t) => /^(?:PRON|AUX)$/.test(t.pos))) close = -1;
    }
    // "Latterly Isabel Gibbons, as she was known after she married …, moved to Birkenhead": a longer
    // clause a subordinator or a relative opens, when a finite verb follows its closing comma.
    // (Only for the sentence's first phrase: not "believed that the President, Michel Suleiman, who …, would".)
    if (
      close < 0 &&
      (SUBORDINATOR.test(tokens[k + 1]?.text ?? '') || /^(?:who|whose)$/i.test(tokens[k + 1]?.text ?? '')) &&
      !tokens.slice(0, from).some((t) => /^(?:VERB|AUX|SCONJ|ADP|PUNCT)$/.test(t.pos))
    ) {
      const far = comma(28);
      if (
        far > 0 &&
        /^(?:VERB|AUX)$/.test(tokens[far + 1]?.pos ?? '') &&
        !/ing$/i.test(tokens[far + 1]!.text)
      )
        close = far;
    }
    if (close > 0) k = close + 1;
  }
  while (tokens[k]?.pos === 'ADV') k++;
  // The tagger now and then takes "said" for an adjective.
  return (
    tokens[k]?.pos === 'VERB' ||
    tokens[k]?.pos === 'AUX' ||
    /^(?:said|says|told)$/i.test(tokens[k]?.text ?? '')
  );
}

const PLURAL_NOUNS =
  /^(?:people|police|forces|troops|militants|rebels|authorities|officials|children|men|women)$/i;
/** Whether a noun is a plural ("troops", "officials", "police"). */
export const isPluralNoun = (t: Token): boolean =>
  t.pos === 'NOUN' && (PLURAL_NOUNS.test(t.text) || (/s$/i.test(t.text) && t.lemma !== t.text.toLowerCase()));

/** Whether the phrase at `from` is the source of an "according to" ("according to Syrian TV"). */
export function source(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  // ("according to the nonpartisan Center for Responsive Politics")
  while (/^(?:DET|ADJ)$/.test(tokens[k]?.pos ?? '')) k--;
  return tokens[k]?.text.toLowerCase() === 'to' && tokens[k - 1]?.text.toLowerCase() === 'according';
}

/** Whether the phrase at `from` is a passive's doer ("will be studied carefully by health officials"). */
function agent(tokens: readonly Token[], from: number): boolean {
  if (tokens[from - 1]?.text.toLowerCase() !== 'by') return false;
  let v = from - 2;
  while (tokens[v]?.pos === 'ADV') v--;
  if (tokens[v]?.pos !== 'VERB') return false;
  let a = v - 1;
  while (tokens[a]?.pos === 'ADV') a--;
  if (tokens[a]?.pos !== 'AUX' || tokens[a]!.lemma !== 'be') return false;
  while (tokens[a - 1]?.pos === 'AUX' || tokens[a - 1]?.pos === 'ADV') a--;
  // ("The rig, which was owned by Transocean, …": not a relative clause's, which tells of another.)
  return tokens[a - 1]?.pos !== 'PRON';
}

/** Words that open a subordinate clause, whatever their tag. */
export const SUBORDINATOR =
  /^(?:as|after|before|since|until|when|while|because|although|though|once|if|unless|where)$/i;

/** The candidates a sentence offers, in order of their start. */
export function candidates(s: Sentence, people: People, isPlace: (t: Token) => boolean): Candidate[] {
  const { tokens } = s;
  const out: Candidate[] = [];
  // (`opening`: "came as the Syrian Observatory said": a subordinator opens a clause, whatever its tag.)
  const subjectAt = (from: number, to: number, opening = false) =>
    // "will be studied by health officials": a passive's doer is the clause's subject in sense.
    (!opening && (agent(tokens, from) || invertedSubject(tokens, from))) ||
    ((opening
      ? /^(?:as|after|before|since|until|when|while|because|although|though|once|if)$/i.test(
          tokens[from - 1]?.text ?? '',
        )
      : // ("It has a history of doing …": what follows a verb the tagger reads as an auxiliary is its object.)
        !/^(?:ADP|VERB|AUX)$/.test(tokens[from - 1]?.pos ?? '')) &&
      tokens[to]?.pos !== 'PART' &&
      tokens[to]?.text !== "'" &&
      // "The administration, under fire for how it has responded": the sentence's opening phrase.
      (beforeVerb(tokens, to, from) || (from === 0 && tokens[to]?.text === ',')));
  const runs = nameRuns(tokens);
  for (let r = 0; r < runs.length; r++) {
    const [from, to] = runs[r]!;
    const last = keyOf(tokens[to - 1]!.text);
    // "China and Russia": two names joined make a plural subject.
    // ("lies with Beijing and Moscow": elsewhere, a plural only a pronoun of its kind may weigh.)
    const next = runs[r + 1];
    if (next && next[0] === to + 1 && tokens[to]!.pos === 'CCONJ') {
      const subject = subjectAt(from, next[1]);
      out.push({
        kind: 'plural',
        start: tokens[from]!.start,
        end: tokens[next[1] - 1]!.end,
        last: tokens[next[1] - 1]!.text.toLowerCase(),
        subject,
        pair: true,
        ...(subject ? {} : { object: true }),
      });
    }
    // "the Obama administration": a name modifying a noun names no one the pronoun could be.
    if (tokens[to]?.pos === 'NOUN' && !/^\p{Lu}/u.test(tokens[to]!.text)) continue;
    // ("my G.G. Grandmother", "My Great Grandfather": kin in capitals, no name.)
    const kin = personNoun({ ...tokens[to - 1]!, text: tokens[to - 1]!.text.toLowerCase() });
    if (kin === 'male' || kin === 'female') continue;
    if (people.fullest.has(last) && !ORGANISATION.test(last)) {
      // ("Beirut Lady Amos" of a glued dateline: the place's name is none of hers.)
      let first = from;
      while (first < to - 1 && isPlace(tokens[first]!)) first++;
      // ("Mary Ann Williams" is a woman whatever other Williams the article names.)
      const sex = givenSex(tokens, first, to, isPlace);
      const subject = subjectAt(from, to);
      out.push({
        kind: sex ?? people.gender.get(last) ?? 'person',
        start: tokens[first]!.start,
        end: tokens[to - 1]!.end,
        last: tokens[to - 1]!.text.toLowerCase(),
        subject,
        surname: last,
        ...(!subject && people.byGivenName.has(last) ? { passing: true } : {}),
      });
      continue;
    }
    // ("force Hayward to make a U-turn": a name is definite; one after "a" is a word the tagger took for one.)
    if (/^(?:a|an)$/i.test(tokens[from - 1]?.text ?? '')) continue;
    const det = tokens[from - 1]?.pos === 'DET' ? from - 1 : from;
    // ("the Syrian Observatory for Human Rights": a body's name whose "for" phrase ends in a plural.)
    const body = tokens
      .slice(from, to)
      .some((t, n) => /^(?:of|for)$/.test(t.text) && ORGANISATION.test(tokens[from + n - 1]!.text));
    // ("Syrians", "Alawites": a plural's name; not "Inglis", "Marcus", which no plural ends as.)
    // ("Isabel Gibbons", "Peter Williams": two or three plain words, no place's, are a person's.)
    const plainPerson =
      to - from >= 2 &&
      to - from <= 3 &&
      !PLACE_FIRST.test(tokens[from]!.text) &&
      tokens.slice(from, to).every((t) => plainName(t) && !isPlace(t) && /\p{Ll}/u.test(t.text)) &&
      // ("Evolution Securities", "Gulf States": words of the language, no one's.)
      (!knownWord(last.toLowerCase()) || !knownWord(tokens[from]!.text.toLowerCase()));
    if (/[^siu]s$/.test(last) && !ORGANISATION.test(last) && !body && !plainPerson) continue;
    const subject = subjectAt(det, to);
    // "Dudley, a US citizen, has been looking …": one plain name unknown to the article's people may be a person's.
    const unknown =
      to - from === 1 &&
      det === from &&
      /^\p{Lu}\p{Ll}/u.test(last) &&
      !isPlace(tokens[from]!) &&
      !ORGANISATION.test(last);
    // "Kofi Annan said": two or three names, without "the" or a body's last word, are a person's.
    const person =
      det === from &&
      to - from >= 2 &&
      to - from <= 4 &&
      !ORGANISATION.test(last) &&
      !PLACE_FIRST.test(tokens[from]!.text) &&
      // "Syrian TV", "State TV": a name ending in initials is a body's (not "BARBARA JONES" in capitals).
      !(/^\p{Lu}{2,3}$/u.test(tokens[to - 1]!.text) && !/^\p{Lu}{2,}$/u.test(tokens[from]!.text)) &&
      // "Baba Amr", "Deir al-Zour": a place's name; "Homs' Baba Amr": one a plural possessive places.
      !isPlace(tokens[to - 1]!) &&
      !/^(?:'|’)$/.test(tokens[from - 1]?.text ?? '');
    // "A video of Hassan Salim al-Meqdad was released by his captors": a person's name elsewhere
    // than the subject's, for a possessive in its own sentence only.
    // ("Jovenel Presume" may be anyone's, "Derek Jackson" is a man's.)
    const sex = person ? (givenSex(tokens, from, to, isPlace) ?? 'person') : 'thing';
    if (!subject && person) {
      out.push({
        kind: sex,
        start: tokens[from]!.start,
        end: tokens[to - 1]!.end,
        last: tokens[to - 1]!.text.toLowerCase(),
        subject: false,
        mention: true,
      });
      continue;
    }
    // A name in another place than the subject's is a thing only ("the focus on Smithfield"), and
    // no place ("originated in Mexico", "the UK"), which a later "it" seldom means, nor a day.
    if (
      !subject &&
      !source(tokens, det) &&
      (person ||
        isPlace(tokens[to - 1]!) ||
        /^(?:\p{Lu}{1,3}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(
          last,
        ))
    )
      continue;
    out.push({
      kind: sex,
      start: tokens[det]!.start,
      end: tokens[to - 1]!.end,
      last: tokens[to - 1]!.text.toLowerCase(),
      subject,
      ...(!subject && subjectAt(det, to, true) ? { opening: true } : {}),
      ...(unknown && !person ? { unknown: true } : {}),
      ...(source(tokens, det) ? { source: true } : {}),
    });
  }
  // Common nouns with their determiner and modifiers: "the rebels", "the UN mission".
  for (let k = 0; k < tokens.length; k++) {
    // ("My mum is there. She was due to fly back": a writer's kin, a man or a woman, names one too.)
    const mine = /^(?:my|our)$/i.test(tokens[k]!.text);
    // ("BP is drilling two relief wells … but they …": a number counting a plural, no year.)
    const counted =
      tokens[k]!.pos === 'NUM' &&
      !/^\d{4}$/.test(tokens[k]!.text) &&
      !/^(?:NUM|SYM)$/.test(tokens[k - 1]?.pos ?? '');
    if (
      !mine &&
      !counted &&
      (tokens[k]!.pos !== 'DET' || !/^(?:the|a|an|this|these|those)$/i.test(tokens[k]!.text))
    )
      continue;
    let j = k + 1;
    // ("The other four companies": a number among the modifiers.)
    while (j < tokens.length && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos)) j++;
    const head = tokens[j - 1];
    if (j === k + 1 || head?.pos !== 'NOUN') continue;
    const plural = isPluralNoun(head);
    if ((plural && /^(?:a|an|this)$/i.test(tokens[k]!.text)) || (counted && !plural)) continue;
    // ("BP this month turned down Alabama's claim because it said …": a time is none a pronoun means.)
    if (TIME.test(head.text)) {
      k = j - 1;
      continue;
    }
    // (A counted plural is only ever an object, for a joined clause's "they": "UN officials said
    // some 250 people worked there. They said …" speaks of the officials.)
    const subject = !counted && subjectAt(k, j);
    // ("The Mexican man arrived …. He developed a fever": a person's noun.)
    const who = plural ? undefined : personNoun(head);
    if (mine && who !== 'male' && who !== 'female') continue;
    out.push({
      kind: plural ? 'plural' : (who ?? 'thing'),
      ...(who ? { described: true } : {}),
      common: true,
      start: tokens[k]!.start,
      end: head.end,
      last: head.text.toLowerCase(),
      subject,
      // ("According to the state news agency, …": a source is no object, though no subject either.)
      ...(subject ? {} : source(tokens, k) ? { source: true } : { object: true }),
    });
    k = j - 1;
  }
  // A plural without a determiner: "opposition groups publicly declared …", "activists say".
  for (let k = 0; k < tokens.length; k++) {
    if (
      !/^(?:ADJ|NOUN)$/.test(tokens[k]!.pos) ||
      /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[k - 1]?.pos ?? '')
    )
      continue;
    let j = k;
    while (j < tokens.length && /^(?:ADJ|NOUN)$/.test(tokens[j]!.pos)) j++;
    const head = tokens[j - 1]!;
    if (head.pos === 'NOUN' && isPluralNoun(head) && subjectAt(k, j))
      out.push({
        kind: 'plural',
        start: tokens[k]!.start,
        end: head.end,
        last: head.text.toLowerCase(),
        subject: true,
        bare: true,
        // "But shares have shown signs …", "… studied by health officials": one that opens its
        // sentence (past a linking word) or is a passive's doer.
        // ("However, experts say …": past an opening adverb and its comma.)
        ...(/^(?:but|and|so|yet|still|then)?$/i.test(k === 0 ? '' : k === 1 ? tokens[0]!.text : '-') ||
        (tokens[k - 1]?.text === ',' && tokens.slice(0, k - 1).every((t) => t.pos === 'ADV')) ||
        agent(tokens, k)
          ? { lead: true }
          : {}),
      });
    k = j - 1;
  }
  // "Jordanian officials recently admitted …, though they said …": a plural a name modifies,
  // opening the sentence as its subject.
  const named = namedPluralOpening(tokens, isPluralNoun);
  if (named && subjectAt(named[0], named[1])) {
    const head = tokens[named[1] - 1]!;
    out.push({
      kind: 'plural',
      start: tokens[named[0]]!.start,
      end: head.end,
      last: head.text.toLowerCase(),
      subject: true,
      bare: true,
      lead: true,
      // (From the sentence before, one was a caption's as often as the "they"'s: "Rebel fighters
      // are outgunned … They report renewed heavy shelling" is the activists'.)
      ownOnly: true,
    });
  }
  // "While a subdued Hayward went on …, Barton riled up …": what a sentence-opening subordinate
  // clause names, up to its comma.
  const comma = tokens.findIndex((t) => t.text === ',');
  const opener = comma > 0 && SUBORDINATOR.test(tokens[0]!.text) ? tokens[comma]!.start : -1;
  return out
    .map((c) => (c.end <= opener ? { ...c, subordinate: true } : c))
    .sort((a, b) => a.start - b.start);
}

/** The head noun of what "it" is said to be right after it ("It was the worst earthquake"), if any. */
export function predicateNoun(tokens: readonly Token[], k: number): Token | undefined {
  if (!BE.test(tokens[k + 1]?.text ?? '')) return undefined;
  let j = k + 2;
  while (/^(?:DET|ADJ|ADV|NUM)$/.test(tokens[j]?.pos ?? '')) j++;
  if (tokens[j]?.pos !== 'NOUN') return undefined;
  while (tokens[j + 1]?.pos === 'NOUN') j++;
  return tokens[j];
}

/** Whether a candidate's words end in the noun `head` (or its lemma). */
export function endsIn(c: Candidate, head: Token): boolean {
  return c.last === head.text.toLowerCase() || c.last === head.lemma;
}
