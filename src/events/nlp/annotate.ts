import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

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

/** The tokens of a text and where the library ends sentences (token indices that start one). */
export interface Annotation {
  readonly tokens: readonly Token[];
  /** Offsets at which a sentence starts, ascending. */
  readonly sentenceStarts: readonly number[];
}

let instance: WinkMethods | undefined;

/** wink-nlp with its English web model, loaded once (it runs in Node and in a Web Worker alike). */
function nlp(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/**
 * Tokens, parts of speech, lemmas and sentence starts of a text, from wink-nlp. The library keeps
 * the text losslessly (each token knows the spaces before it), so offsets are exact.
 */
export function annotate(text: string): Annotation {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as Pos[];
  // wink types `its.lemma` as a span function; on tokens it yields one lemma each.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // The model may normalize a token; trust the source text where it differs in length.
    const start = text.startsWith(value, at) ? at : text.indexOf(value, at);
    const from = start < 0 ? at : start;
    tokens[i] = { start: from, end: from + value.length, text: value, pos: pos[i]!, lemma: lemmas[i]! };
    at = from + value.length;
  }
  const sentenceStarts: number[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first] = s.out(its.span) as [number, number];
    const t = tokens[first];
    if (t) sentenceStarts.push(t.start);
  });
  return { tokens, sentenceStarts };
}

/** The tokens that lie within `from..to`, by binary search over sorted tokens. */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= to; i++) out.push(tokens[i]!);
  return out;
}
