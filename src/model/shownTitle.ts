import type { ChronologyEvent } from './chronology.ts';

const POSSESSIVE = /^(?:his|her|its|their)$/i;
/**
 * Quantifiers that may stand for a noun named before, when a verb follows them ("several
 * announced …"); "many" and "some" mostly mean people at large and are left out.
 */
export const QUANTIFIERS = /^(?:several|both)$/i;

/**
 * An event's title as shown: its words, with the name its opening pronoun or description stands
 * for in brackets in their place, as editors mark words of their own in a quotation ("He went into
 * …" → "[Recep Tayyip Erdogan] went into …", "Its attack …" → "[The Syrian government's] attack
 * …", "The council condemned …" → "[UN Human Rights Council] condemned …").
 */
export function shownTitle(e: Pick<ChronologyEvent, 'title' | 'referent'>): string {
  const r = e.referent;
  if (!r) return e.title;
  const words = r.words.text.replace(/\s+/g, ' ');
  const opening = e.title.slice(0, words.length);
  if (opening.toLowerCase() !== words.toLowerCase() || /[\p{L}\p{N}]/u.test(e.title.charAt(words.length)))
    return e.title;
  let name = r.name.text.replace(/\s+/g, ' ');
  // "Several [opposition groups] announced …": a quantifier keeps its word, the noun follows it.
  if (QUANTIFIERS.test(words))
    return `${opening} [${name.replace(/^(?:the|The) /, '')}]${e.title.slice(words.length)}`;
  if (POSSESSIVE.test(words)) name = /s$/.test(name) ? `${name}'` : `${name}'s`;
  return `[${name.charAt(0).toUpperCase()}${name.slice(1)}]${e.title.slice(words.length)}`;
}
