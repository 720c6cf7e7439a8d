/** Universal Dependencies part-of-speech tag, as wink-nlp's English model assigns it. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** A token of the text: UTF-16 offsets (end exclusive), its words, part of speech and lemma. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: Pos;
  /** Lower-case dictionary form ("killed" → "kill", "n't" → "not"). */
  readonly lemma: string;
}

/**
 * A token, made in one place so that every token has the same shape (V8 hidden class): tokens
 * copied with a spread (`{ ...t, pos }`) each took a shape of their own, one per place that made
 * them, and the rarer ones, met late in a run, made every function that reads tokens deoptimize and
 * compile again, and past four shapes read tokens' fields by the slow generic path.
 */
export function token(start: number, end: number, text: string, pos: Pos, lemma: string): Token {
  return { start, end, text, pos, lemma };
}

/** `t` with another part of speech (and lemma). */
export const retagged = (t: Token, pos: Pos, lemma = t.lemma): Token =>
  token(t.start, t.end, t.text, pos, lemma);

/** Whether a token is a finite verb: an auxiliary, or a verb in the past or present ("died", "says"; not "dying", "die"). */
export function isFiniteVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.lemma !== t.text.toLowerCase() && !/ing$/i.test(t.text));
}
