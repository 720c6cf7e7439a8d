import { knownWord, type Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { givenNameSex } from './givenNames.ts';
import { nameRuns } from './names.ts';

/** Prepositions that open a fronted place ("In Washington Ken Salazar is …", "At Goodwood …"). */
const FRONTING = /^(?:in|at|from|near|inside|outside)$/i;

/**
 * Prepositions whose one-word name is a place: not "from" and "at", which as often open a sender,
 * a source or a firm ("a letter from Mary", "from Reuters", "officials at Exxon").
 */
const PLACING = /^(?:in|near|inside|outside)$/i;

/** A person's name from a given name on, as words joined by a space ("Ken Salazar"). */
const wordsFrom = (tokens: readonly Token[], a: number, to: number): string =>
  tokens
    .slice(a, to)
    .map((t) => t.text)
    .join(' ');

/** What an article tells of its names, for `gluedBeforeGiven`. */
export interface NameForms {
  /**
   * Each person's name that opens with a given name ("Ken Salazar", the words from the given name
   * to the run's end) → the words that stand right before it inside its run ("Secretary" of
   * "Interior Secretary Ken Salazar"), or '' where the name opens its run.
   */
  readonly given: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names of one word a place's preposition opens, alone ("in Washington", "near Charlotte"). */
  readonly placedAlone: ReadonlySet<string>;
}

/** The forms of an article's names (`NameForms`). */
export function givenNameForms(sentences: readonly Sentence[]): NameForms {
  const out = new Map<string, Set<string>>();
  const placedAlone = new Set<string>();
  for (const s of sentences)
    for (const [from, to] of nameRuns(s.tokens)) {
      if (to - from === 1 && PLACING.test(s.tokens[from - 1]?.text ?? ''))
        placedAlone.add(s.tokens[from]!.text);
      for (let a = from; a < to - 1; a++) {
        if (givenNameSex(s.tokens[a]!.text) === undefined) continue;
        const key = wordsFrom(s.tokens, a, to);
        const before = out.get(key) ?? new Set<string>();
        before.add(a > from ? s.tokens[a - 1]!.text : '');
        out.set(key, before);
      }
    }
  return { given: out, placedAlone };
}

/**
 * Whether the word before token `a`, a given name that opens a person's name up to the run's end
 * `to` ("Ken Salazar"), is glued to it from outside the name, so the person's fullest form starts
 * at `a`: a capitalised word of the language that is no given name ("Chief Operating Officer | Doug
 * Suttles", "Managing Director | Bob Dudley", "Killed | …"), or the run's first word after a
 * fronted preposition when the article writes the name elsewhere without that word before it ("In
 * Washington | Ken Salazar is meeting …" and "Interior Secretary Ken Salazar"), or writes that word
 * alone after a preposition of place ("… flew back to meet officials in Washington"): a place the
 * gazetteer may not hold, or whose name is a given name too ("Washington", "Charlotte"). A word
 * there that is no given name is glued too ("At Exxon | John Smith …"); one that is, and stands
 * alone only after "from" or "at", is a person's ("a letter from Mary", "From Mary Ann Williams …").
 */
export function gluedBeforeGiven(
  tokens: readonly Token[],
  a: number,
  from: number,
  to: number,
  forms: NameForms,
): boolean {
  const given = tokens[a];
  const before = tokens[a - 1];
  if (a <= from || a >= to - 1 || !given || !before || givenNameSex(given.text) === undefined) return false;
  if (
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    knownWord(before.text.toLowerCase()) &&
    !givenNameSex(before.text)
  )
    return true;
  if (a - 1 !== from || !FRONTING.test(tokens[from - 1]?.text ?? '')) return false;
  if (!givenNameSex(before.text) || forms.placedAlone.has(before.text)) return true;
  const elsewhere = forms.given.get(wordsFrom(tokens, a, to));
  return elsewhere !== undefined && [...elsewhere].some((w) => w !== before.text);
}
