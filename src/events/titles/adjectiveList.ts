import type { Token } from '../nlp/annotate.ts';
import { POSSESSIVE_PRONOUN, QUOTES } from './words.ts';

/*
 * A title may not end between an adjective and its noun. Adjectives joined by a comma before one
 * noun ("in a secure, specialist ambulance", "give the Red Cross immediate, unfettered access",
 * "building a sturdier, free-standing pipe") look to the cut like a phrase closed by its comma, and
 * the title stopped at the first: "… was brought to the trust in a secure". The rest of the noun
 * phrase comes back when it is short; the comma between kept words stays.
 */

/** A word that may stand among the adjectives after the comma ("free-standing", "unfettered", "highly"). */
const modifier = (t: Token): boolean =>
  t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|ing|en)$/i.test(t.text) && t.lemma !== t.text.toLowerCase());

/** The most words the noun phrase may add back. */
const MAX_ADDED = 6;

/**
 * Extends, in place, a title (`out`, kept token indices in sentence order) that ends on an
 * adjective before a comma which other adjectives and their noun follow: up to that noun.
 */
export function finishAdjectiveList(tokens: readonly Token[], out: number[], trigger: number): void {
  const last = out.at(-1);
  if (last === undefined || last === trigger || tokens[last]!.pos !== 'ADJ') return;
  if (tokens[last + 1]?.text !== ',') return;
  // The adjective stands before its noun: an article, a number, a possessive, a preposition or a
  // noun (a first object: "give the Red Cross immediate") opens it, past adverbs ("a highly secure");
  // not a verb ("were jet black, and eggs …", "looked slim, industry …": a predicate's adjective).
  let b = last - 1;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  const before = tokens[b];
  if (
    before === undefined ||
    !(
      /^(?:DET|NUM|ADP|NOUN|PROPN)$/.test(before.pos) ||
      (before.pos === 'PRON' && POSSESSIVE_PRONOUN.test(before.text))
    )
  )
    return;
  // After the comma: a joining word or adverbs, then a run of lower-case modifiers and nouns (the
  // tagger often calls the modifiers nouns: "specialist/NOUN ambulance", "orange/NOUN oil plumes")
  // of two words at least, ending on a noun, after which the phrase plainly ends: not a verb
  // (", senior officials said" is a new clause), nor a word the tagger may have misread ("relief
  // well/ADV").
  // ("its largest, "responder-class" skimmers": quotation marks around a modifier are no word.)
  const quote = (t: Token | undefined) => t !== undefined && QUOTES.test(t.text);
  let i = last + 2;
  while (/^(?:but|and|or|yet)$/i.test(tokens[i]?.text ?? '') || tokens[i]?.pos === 'ADV' || quote(tokens[i]))
    i++;
  const from = i;
  // (Not a participle's clause: "spent today on a charm offensive, meeting/NOUN officials".)
  if (/^[^-]+ing$/i.test(tokens[from]?.text ?? '')) return;
  const inPhrase = (t: Token | undefined) =>
    t !== undefined && (modifier(t) || t.pos === 'NOUN') && /^[\p{Ll}\p{N}]/u.test(t.text);
  let words = 0;
  for (; inPhrase(tokens[i]) || (quote(tokens[i]) && words > 0); i++) if (!quote(tokens[i])) words++;
  // (A quotation closing after the noun is no part of the phrase: "a secure, specialist ambulance".")
  while (quote(tokens[i - 1])) i--;
  if (words < 2 || tokens[i - 1]!.pos !== 'NOUN') return;
  if (tokens[i] !== undefined && !/^(?:PUNCT|ADP|PART|SCONJ|CCONJ)$/.test(tokens[i]!.pos)) return;
  const end = i;
  if (end - (last + 1) > MAX_ADDED + 1) return;
  for (let x = last + 1; x < end; x++) if (!quote(tokens[x])) out.push(x);
}
