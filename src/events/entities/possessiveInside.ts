import { objectHer } from '../../model/shownTitle.ts';
import { knownWord, type Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';
import { ORGANISATION } from './names.ts';
import { type Kind, personNoun } from './people.ts';

/**
 * Possessive pronouns that may stand inside a title for a name its sentence or an earlier one gives;
 * "his" and "her" stand for no noun but a person's ("The statement was dismissed by his family").
 * So may the object pronouns "him", "her" and "them" ("Propofol killed him"), and "he" and "she"
 * as the subject of a clause the title holds ("Rescuers said she had survived").
 */
const POSSESSIVE = /^(?:his|her|its|their|him|them|he|she)$/;

/** The kind of one a pronoun inside a title stands for. */
export const INSIDE_KIND: Readonly<Record<string, Kind>> = {
  he: 'male',
  his: 'male',
  him: 'male',
  she: 'female',
  her: 'female',
  its: 'thing',
  their: 'plural',
  them: 'plural',
};

/**
 * Whether a sentence's token names a group or a body, which no "he", "his" or "her" stands for: the
 * last word of a plural candidate ("Police", "the officials"; not two joined, "Hayward and Obama"),
 * or any word of a body's name ("The UN Security Council …, he said"); none of a name that may be
 * a person's no title marks ("Dudley"). (Not a place's: "Alabama's governor said his state …", "A
 * Syrian general … is on his way".)
 */
export function noPersonToken(list: readonly Candidate[], s: Sentence): (t: Token) => boolean {
  const text = (c: Candidate) => s.text.slice(c.start - s.start, c.end - s.start);
  return (t) => {
    const c = list.find((x) => x.start <= t.start && t.end <= x.end);
    if (!c || c.unknown || c.pair) return false;
    if (c.kind === 'plural') return t.end === c.end && c.last === t.text.toLowerCase();
    return c.kind === 'thing' && ORGANISATION.test(text(c).split(/\s+/).at(-1) ?? '');
  };
}

/** A word of the language in the plural ("Rescuers"), its singular a word too. */
const openingPlural = (t: Token): boolean => {
  const word = t.text.toLowerCase();
  return /[^s]s$/.test(word) && knownWord(word) && knownWord(word.slice(0, -1));
};
/**
 * The token of a possessive pronoun inside a title ("Protests against his rule began") that nothing
 * before it in the title can stand for, so that the reader loses whose it is: the title's words
 * before it hold no name, no pronoun and no noun the pronoun could agree with ("Assad said his
 * forces …", "The company said its …", "Activists streamed their rally …" keep theirs). Only an
 * unambiguous one: its word once in the title and once in the sentence, "her" before its noun.
 * `plural` tells whether a noun is a plural, which "his", "her" and "its" cannot stand for.
 */
export function possessiveInside(
  title: string,
  s: Sentence,
  plural: (t: Token) => boolean,
  noPerson?: (t: Token) => boolean,
): number | undefined {
  // ("BP's shares": the name and its "'s" are two tokens of the sentence.)
  const words = title.split(/\s+|(?=['’]s?\b)/).map((w) => w.replace(/^\W+|\W+$/g, ''));
  const at = words.findIndex((w, i) => i > 0 && POSSESSIVE.test(w));
  if (at < 0) return undefined;
  const word = words[at]!;
  if (words.filter((w) => w.toLowerCase() === word).length !== 1) return undefined;
  // The sentence's one such word, or the one after the title's word before it ("since protests
  // against his rule began" of a sentence that has another "his").
  let hits = s.tokens.flatMap((t, k) => (t.text === word ? [k] : []));
  if (hits.length > 1)
    hits = hits.filter((k) => s.tokens[k - 1]?.text.toLowerCase() === words[at - 1]!.toLowerCase());
  if (hits.length !== 1) return undefined;
  const k = hits[0]!;
  // "told her the news": an object, not a possessive; only when the title's word after it tells the
  // same, so that the title is shown as read ("showed [Lozama Hotteline] smiling", "[Jacqui
  // Fleming's] son").
  if (
    word === 'her' &&
    !/^(?:ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[k + 1]?.pos ?? '') !== objectHer(words[at + 1] || undefined)
  )
    return undefined;
  const kind = INSIDE_KIND[word]!;
  const before = new Set(words.slice(0, at).map((w) => w.toLowerCase()));
  // (A capital inside the sentence marks a name the tagger may have missed.)
  // ("Police have interviewed his doctor": a group or a body is none a "he", "his" or "her" stands
  // for. Not a
  // person's name for "its", "Mr Suttles admitted its top kill operation had failed" is his
  // company's; nor a name read as a thing, "Alabama Attorney General Troy King said he …".)
  const person = kind === 'male' || kind === 'female';
  const couldStandFor = (t: Token, i: number) => {
    if (person && t.pos !== 'PRON' && noPerson?.(t)) return false;
    // ("Rescuers said she had survived": a plural of the language the tagger read as a name because
    // it opens the sentence.)
    if (person && i === 0 && openingPlural(t)) return false;
    return couldBe(t, i);
  };
  const couldBe = (t: Token, i: number) =>
    t.pos === 'PROPN' ||
    t.pos === 'PRON' ||
    // "One of those ships … its capacity".
    /^one$/i.test(t.text) ||
    (i > 0 && /^\p{Lu}/u.test(t.text) && s.tokens[i - 1]!.pos !== 'PUNCT') ||
    (t.pos === 'NOUN' &&
      (/^(?:their|them)$/.test(word) || (!plural(t) && (word === 'its' || personNoun(t) !== undefined))));
  if (s.tokens.slice(0, k).some((t, i) => before.has(t.text.toLowerCase()) && couldStandFor(t, i)))
    return undefined;
  return k;
}
