import type { ChronologyEvent } from './chronology.ts';

const POSSESSIVE = /^(?:his|her|its|their)$/i;

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
  if (POSSESSIVE.test(words)) name = /s$/.test(name) ? `${name}'` : `${name}'s`;
  return `[${name.charAt(0).toUpperCase()}${name.slice(1)}]${e.title.slice(words.length)}`;
}
