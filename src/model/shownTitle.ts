import type { ChronologyEvent } from './chronology.ts';

const POSSESSIVE = /^(?:his|her|its|their)$/i;

/**
 * An event's title as shown: its words, with the name its opening pronoun stands for in brackets
 * in the pronoun's place, as editors mark words of their own in a quotation ("He went into …" →
 * "[Recep Tayyip Erdogan] went into …", "Its attack …" → "[The Syrian army's] attack …").
 */
export function shownTitle(e: Pick<ChronologyEvent, 'title' | 'referent'>): string {
  const r = e.referent;
  if (!r) return e.title;
  const word = /^\p{L}+/u.exec(e.title)?.[0];
  if (!word || word.toLowerCase() !== r.pronoun.text.toLowerCase()) return e.title;
  let name = r.name.text.replace(/\s+/g, ' ');
  if (POSSESSIVE.test(word)) name = /s$/.test(name) ? `${name}'` : `${name}'s`;
  return `[${name.charAt(0).toUpperCase()}${name.slice(1)}]${e.title.slice(word.length)}`;
}
