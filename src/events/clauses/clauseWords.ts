import type { Token } from '../nlp/annotate.ts';

// The words and token tests both clause splits read: the plain split (`splitClauses`) and the one
// titles are cut from (`titleClauses`).

/** Words that open a subordinate clause when a verb of its own follows ("after talks collapsed"). */
export const SUBORDINATORS = new Set(
  'after before since until till while when whenever as because although though whereas unless if whether once'.split(
    ' ',
  ),
);
/** Relative pronouns: after a comma (or, for titles, a dash) they open a relative clause. */
export const RELATIVES = new Set('which who whom whose where'.split(' '));

/** A dash as written between words: a hyphen, an en or em dash, or two hyphens. */
export const DASH = /^(?:-|–|—|--)$/;
/** Whether a token is a dash standing as punctuation. */
export const isDash = (t: Token): boolean => t.pos === 'PUNCT' && DASH.test(t.text);
/** A token's text in lower case; empty past either end of the sentence. */
export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
/** Whether a token is a verb or an auxiliary. */
export const isVerbal = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** Whether a finite verb follows within `span` tokens, before punctuation: a clause, not a phrase. */
export function verbFollows(tokens: readonly Token[], from: number, span: number, commas = false): boolean {
  for (let i = from; i < tokens.length && i < from + span; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && !(commas && t.text === ',')) return false;
    // "since last weekend and has filed …": a verb after "and" has a clause of its own.
    if (t.pos === 'CCONJ' && !commas) return false;
    if (isVerbal(t)) return true;
  }
  return false;
}
