import type { Span } from '../../model/chronology.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';
import { ABBREVIATION } from './describedPerson.ts';
import { runsOf } from './lookBack.ts';
import { keyOf } from './people.ts';
import { agrees } from './personCues.ts';

/**
 * Nouns that mostly bring in one more person rather than speak again of one named ("The official",
 * "The spokesman", "The victim"), and kin ("The mother"): none of these is read as the one named before.
 */
const NEW_PERSON =
  /^(?:man|woman|boy|girl|child|person|victim|captive|hostage|official|spokesman|spokeswoman|spokesperson|source|witness|coroner|physician|surgeon|colleague|counterpart|lawyer|analyst|correspondent|reporter|photographer|journalist|doctor|head|chief|director|activist|negotiator|mediator|founder|editor|gentleman|lady|wife|widow|husband|mother|father|son|daughter|sister|brother|mum|mom|dad|grandmother|grandfather|aunt|uncle|niece|nephew|girlfriend|boyfriend|fiancee|fiance)$/i;

/**
 * Offices a description may name, held by one the article titles so ("President Obama", "Gen
 * Dabi", "Interior Secretary Ken Salazar"): "the president" is not whoever the sentence before
 * speaks of ("The judge, Martin Feldman, was criticised …. The interior secretary was appearing …").
 */
const OFFICE =
  /^(?:president|premier|chancellor|minister|secretary|general|colonel|captain|commander|senator|governor|judge|justice|prosecutor|ambassador|envoy|mayor|admiral|marshal|chairman|chairwoman|director|king|queen|prince|pope|sheikh)$/;

/**
 * Whether the article titles one of this surname with the office: a run of names holding the
 * surname, the office among its words or the three before it ("President Barack Obama", "US
 * Interior Secretary Ken Salazar", "Gen Dabi").
 */
function titled(sentences: readonly Sentence[], surname: string, office: string): boolean {
  return sentences.some((s) =>
    runsOf(s).some(([from, to]) => {
      const start = Math.max(0, from - 3);
      const words = s.tokens.slice(start, to).map((t) => keyOf(t.text.replace(/\.$/, '')));
      const at = words.indexOf(surname, from - start);
      return (
        at > 0 && words.slice(0, at).some((w) => w.toLowerCase() === office || ABBREVIATION[w] === office)
      );
    }),
  );
}

/** Whether a candidate is a person by a name (not a description, not a dateline in capitals: "NEW YORK --"). */
const namedPerson = (c: Candidate, text: string): boolean =>
  (c.kind === 'male' || c.kind === 'female' || c.kind === 'person') &&
  !c.described &&
  !c.unknown &&
  text !== text.toUpperCase();

/** The candidates of a sentence that are people, named or described (not a dateline in capitals). */
const peopleOf = (
  s: Sentence,
  list: readonly Candidate[],
  textOf: (x: Sentence, c: Candidate) => string,
): Candidate[] =>
  list.filter(
    (c) => c.kind !== 'thing' && c.kind !== 'plural' && textOf(s, c) !== textOf(s, c).toUpperCase(),
  );

/**
 * The nearest sentence before the one at `index`, of the three before it, that names a person, past
 * those that name none nor speak of one as he or she ("Pop star Michael Jackson had lethal levels
 * of propofol in his body …. The findings were contained in a sealed search warrant. The singer
 * died in June …"); none past a heading-free sentence that speaks of one.
 */
function nearestWithPeople(
  sentences: readonly Sentence[],
  index: number,
  offers: (s: Sentence) => readonly Candidate[],
  textOf: (x: Sentence, c: Candidate) => string,
): Sentence | undefined {
  for (let i = index - 1, read = 0; i >= 0 && read < LOOKBACK; i--) {
    const x = sentences[i]!;
    if (x.heading) continue;
    read++;
    if (peopleOf(x, offers(x), textOf).length > 0) return x;
    if (x.tokens.some((t) => /^(?:he|she|him|her|his|hers)$/i.test(t.text))) return undefined;
  }
  return undefined;
}

/** How many sentences before a description's own are searched for the one who is named. */
const LOOKBACK = 3;

/**
 * Whom a title's opening description of a person stands for when no name it introduced is found
 * ("Korn's Jonathan Davis is urging artists to boycott BP. In a statement issued Friday, the rock
 * singer says he has gathered a coalition of artists" → Jonathan Davis): the one person the sentence
 * right before names, as its subject, when its own sentence names no person before it, and its noun
 * agrees in sex and is no noun that mostly brings in another person ("the official", "the victim").
 */
export function describedSubject(
  sentences: readonly Sentence[],
  sentenceIndex: number,
  title: string,
  offers: (s: Sentence) => readonly Candidate[],
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  if (!s || !/^the\s/i.test(title)) return undefined;
  const textOf = (x: Sentence, c: Candidate) => x.text.slice(c.start - x.start, c.end - x.start);
  const own = offers(s);
  const at = own.findIndex(
    (c) =>
      c.described &&
      c.subject &&
      /^the\s/i.test(textOf(s, c)) &&
      title.toLowerCase().startsWith(textOf(s, c).toLowerCase().replace(/\s+/g, ' ')) &&
      /^\W|^$/.test(title.slice(textOf(s, c).length, textOf(s, c).length + 1)),
  );
  const described = own[at];
  if (!described || NEW_PERSON.test(described.last)) return undefined;
  // ("The BP chairman": a name among its words makes it another's.)
  if (/\s\p{Lu}/u.test(textOf(s, described))) return undefined;
  // (None when its own sentence names a person before it: "Mr Obama met Hayward; the president said …".)
  if (own.slice(0, at).some((c) => c.kind !== 'thing' && c.kind !== 'plural')) return undefined;
  const prev = nearestWithPeople(sentences, sentenceIndex, offers, textOf);
  if (!prev) return undefined;
  const people = peopleOf(prev, offers(prev), textOf);
  const named = people.filter((c) => namedPerson(c, textOf(prev, c)));
  const one = named[0];
  // (One person by the surname: "Jonathan Davis" and "Davis" are one.)
  if (
    !one?.subject ||
    people.some((c) => c !== one && (c.surname === undefined || c.surname !== one.surname)) ||
    (described.kind !== 'person' && !agrees(described.kind, one.kind)) ||
    (OFFICE.test(described.last) && !(one.surname && titled(sentences, one.surname, described.last)))
  )
    return undefined;
  return {
    words: { start: described.start, end: described.end, text: textOf(s, described) },
    name: { start: one.start, end: one.end, text: textOf(prev, one) },
  };
}
