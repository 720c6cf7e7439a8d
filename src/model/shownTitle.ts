import type { ChronologyEvent } from './chronology.ts';

const POSSESSIVE = /^(?:his|her|its|their)$/i;
/**
 * Quantifiers that may stand for a noun named before, when a verb follows them ("several
 * announced …"); "many" and "some" mostly mean people at large and are left out.
 */
export const QUANTIFIERS = /^(?:several|both)$/i;
/**
 * Whether a title's "her" is an object, not a possessive, by the title's word after it: none, or a
 * verb's "-ing" or a word of a closed class that no possessive stands before ("showed her smiling",
 * "told her to leave", "saw her at the hospital"; not "her son", "her first visit").
 */
export function objectHer(after: string | undefined): boolean {
  if (after === undefined || /^[^\p{L}\p{N}]/u.test(after)) return true;
  const next = after.replace(/[^\p{L}\p{N}]+$/u, '');
  return (
    /^\p{Ll}+ing$/u.test(next) ||
    /^(?:to|in|on|at|for|with|from|by|as|that|and|but|or|the|a|an|about|after|before|into|out|off|up|down|back|away|again|when|while|if|because|than|this|these|those|how|what|why|where|who)$/i.test(
      next,
    )
  );
}
/** A word that only links a title to the sentence before ("So she'll have gained …"). */
export const LINK = /^(?:(?:So|But|And|Then|Yet|Still)\s+)?/;

/**
 * An event's title as shown: its words, with the name its opening pronoun or description stands
 * for in brackets in their place, as editors mark words of their own in a quotation, also for a possessive inside it ("He went into
 * …" → "[Recep Tayyip Erdogan] went into …", "Its attack …" → "[The Syrian government's] attack
 * …", "The council condemned …" → "[UN Human Rights Council] condemned …"), also past a word that
 * links the title to the sentence before ("So she'll have gained …" → "So [Lady Amos]'ll have gained …").
 */
export function shownTitle(e: Pick<ChronologyEvent, 'title' | 'referent'>): string {
  const r = e.referent;
  if (!r) return e.title;
  const words = r.words.text.replace(/\s+/g, ' ');
  const lead = LINK.exec(e.title)?.[0] ?? '';
  const title = e.title.slice(lead.length);
  // "Dr Murray, whose trial is due to begin …" → "[Dr Murray's] trial is due to begin": a title cut
  // right after a relative "whose" gets its owner before it, as a possessive.
  if (/^whose$/i.test(words) && !/\bwhose\b/i.test(e.title)) {
    const name = possessive(r.name.text.charAt(0).toUpperCase() + r.name.text.slice(1));
    // (The title's capital is the cut's, not a name's: "Trial" → "trial"; "BP" stays.)
    const rest = /^\p{Lu}\p{Ll}/u.test(e.title)
      ? e.title.charAt(0).toLowerCase() + e.title.slice(1)
      : e.title;
    return `[${name}] ${rest}`;
  }
  const opening = title.slice(0, words.length);
  if (opening.toLowerCase() !== words.toLowerCase() || /[\p{L}\p{N}]/u.test(title.charAt(words.length)))
    return inside(e.title, words, r.name.text);
  return lead + bracketed(words, opening, r.name.text, title.slice(words.length));
}

/**
 * A possessive or object pronoun inside the title, the title's only one of that word, with the name in
 * brackets in its place ("Protests against his rule began" → "Protests against [Bashar al-Assad's]
 * rule began", "Propofol killed him" → "Propofol killed [Michael Jackson]", "…, it added" → "…,
 * [Sana] added"), or its only "there" with the place beside it ("… have died there [Syria]"); any
 * other title as it is.
 */
function inside(title: string, words: string, nameText: string): string {
  if (!/^(?:his|her|its|their|him|them|it|there|he|she)$/.test(words)) return title;
  const at = [...title.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’])${words}(?![\\p{L}\\p{N}'’])`, 'giu'))];
  if (at.length !== 1 || at[0]!.index === 0) return title;
  const i = at[0]!.index;
  const end = i + words.length;
  // "… killed there [Syria]": "there" keeps its place in the sentence, the name beside it.
  if (words === 'there')
    return `${title.slice(0, end)} [${nameText.replace(/\s+/g, ' ')}]${title.slice(end)}`;
  // ("[the country's] GDP": a name's opening article, capitalised at the start of its sentence, is not mid-title.)
  const name = nameText.replace(/^(?:The|A|An)\s/, (m) => m.toLowerCase());
  // "Propofol killed [Michael Jackson]", "…, [Sana] added", "Rescuers said [Darlene Etienne] had
  // survived", "… showed [Lozama Hotteline] smiling": an object pronoun, a closing sayer's "it" or a
  // subject pronoun inside the title, the name in its place as it is.
  const plain =
    /^(?:him|them|it|he|she)$/.test(words) ||
    (words === 'her' && objectHer(title.slice(end).trim().split(/\s+/)[0] || undefined));
  const shown = plain ? name.replace(/\s+/g, ' ') : possessive(name);
  return `${title.slice(0, i)}[${shown}]${title.slice(end)}`;
}

/** The opening words with the name in brackets: in their place, or after a quantifier. */
function bracketed(words: string, opening: string, nameText: string, rest: string): string {
  let name = nameText.replace(/\s+/g, ' ');
  // "Several [opposition groups] announced …": a quantifier keeps its word, the noun follows it.
  if (QUANTIFIERS.test(words)) return `${opening} [${name.replace(/^(?:the|The) /, '')}]${rest}`;
  if (POSSESSIVE.test(words)) name = possessive(name);
  // "The child died" → "[The 23-month-old child] died": a description keeps its article.
  if (/^the\s/i.test(words) && /^[\p{Ll}\p{N}]/u.test(name) && !/^(?:the|a|an)\s/i.test(name))
    name = `the ${name}`;
  return `[${name.charAt(0).toUpperCase()}${name.slice(1)}]${rest}`;
}

/** A name as a possessive: "Bashar al-Assad's", "the observers'". */
function possessive(nameText: string): string {
  const name = nameText.replace(/\s+/g, ' ');
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}
