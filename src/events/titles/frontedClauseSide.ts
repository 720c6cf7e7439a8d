import { CLAUSE_VERBS } from '../clauses/clauseVerbs.ts';
import type { Token } from '../nlp/annotate.ts';

/*
 * "When the deal … was announced in 2007, BP set a minimum … commitment": a time, cause or
 * concession that opens the sentence ends at its comma. A cut that keeps words on both sides of
 * that comma without the opening word fuses two clauses ("The deal … was announced BP set …",
 * "The oil mostly disappeared an untold number of fish … died"); a title holds one of them.
 */

/** Words that open a fronted clause or phrase of time, cause or concession ("As a result of …" too). */
const OPENER = /^(?:when|after|before|since|while|whilst|as|although|though|because|once|until)$/i;

/**
 * The span [opener, comma) of a fronted clause that opens the sentence (past "And", "But",
 * "However,"), or undefined. The comma is the first after the opener; not one between two names,
 * which a name and a comma or "and" follow: a list inside the clause ("When Obama, Biden
 * and …").
 */
export function frontedClause(tokens: readonly Token[]): readonly [number, number] | undefined {
  let s = 0;
  while (
    s < 3 &&
    tokens[s] !== undefined &&
    /^(?:CCONJ|ADV|PUNCT)$/.test(tokens[s]!.pos) &&
    !OPENER.test(tokens[s]!.text)
  )
    s++;
  if (!OPENER.test(tokens[s]?.text ?? '') || !/^(?:SCONJ|ADP|ADV)$/.test(tokens[s]!.pos)) return undefined;
  let c = s + 1;
  while (c < tokens.length && c - s <= 30 && tokens[c]!.text !== ',') c++;
  if (tokens[c]?.text !== ',' || c - s < 2) return undefined;
  // ("As Foreign Minister Sergei Lavrov said, …": an "as" of saying tells who says it, no time.)
  if (/^as$/i.test(tokens[s]!.text) && tokens.slice(s + 1, c).some((t) => CLAUSE_VERBS.test(t.lemma)))
    return undefined;
  let n = c + 1;
  while (tokens[n]?.pos === 'PROPN') n++;
  if (tokens[c - 1]!.pos === 'PROPN' && n > c + 1 && /^(?:,|and|or)$/i.test(tokens[n]?.text ?? ''))
    return undefined;
  return [s, c];
}

/**
 * The kept token indices (sentence order) of one side of a fronted clause's comma when they hold
 * words of both sides but not the opening word: the side of the trigger, else the main clause's.
 * Otherwise `kept` as it is.
 */
export function oneSideOfFrontedClause(
  tokens: readonly Token[],
  kept: readonly number[],
  trigger: number,
): readonly number[] {
  const span = frontedClause(tokens);
  if (span === undefined) return kept;
  const [s, c] = span;
  if (kept.includes(s)) return kept;
  const inside = kept.filter((i) => i > s && i < c);
  const after = kept.filter((i) => i > c);
  if (inside.length === 0 || after.length === 0) return kept;
  // Only a cut that opens the clause right after its opener ("But since July 15 | the well has been
  // shut in, thanks to …": the fronted phrase ended before, without a comma), and goes on after the
  // comma with a subject of its own, not a verb ("When Ros Atkins, a BBC radio presenter, | came
  // back": the comma was an aside's; "such as the Deepwater Horizon, which | exploded").
  if (inside[0] !== s + 1 || /^(?:VERB|AUX)$/.test(tokens[after[0]!]!.pos)) return kept;
  return trigger > s && trigger < c ? inside : after;
}

/**
 * Keeps, in place, one side of a fronted clause a title's kept words (`kept`) fuse with the main
 * clause ("When the deal was announced, BP set …" cut to "The deal was announced BP set …"): words
 * of the fronted clause without its "when", and of the main clause after its comma, are two clauses
 * fused. A side that opens on a preposition, a conjunction or punctuation loses it.
 */
export function keepOneSideOfFrontedClause(tokens: readonly Token[], kept: number[], trigger: number): void {
  const side = oneSideOfFrontedClause(tokens, kept, trigger);
  if (side === kept) return;
  kept.splice(0, kept.length, ...side);
  while (kept.length > 0 && /^(?:PUNCT|ADP|CCONJ|SCONJ)$/.test(tokens[kept[0]!]!.pos)) kept.shift();
}
