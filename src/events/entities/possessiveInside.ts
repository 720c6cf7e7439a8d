import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { personNoun } from './people.ts';

/**
 * Possessive pronouns that may stand inside a title for a name its sentence or an earlier one gives;
 * "his" and "her" stand for no noun but a person's ("The statement was dismissed by his family").
 * So may the object pronouns "him" and "them" ("Propofol killed him").
 */
const POSSESSIVE = /^(?:his|her|its|their|him|them)$/;

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
  // "told her the news": an object, not a possessive.
  if (word === 'her' && !/^(?:ADJ|NOUN|PROPN|NUM)$/.test(s.tokens[k + 1]?.pos ?? '')) return undefined;
  const before = new Set(words.slice(0, at).map((w) => w.toLowerCase()));
  // (A capital inside the sentence marks a name the tagger may have missed.)
  const couldStandFor = (t: Token, i: number) =>
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
