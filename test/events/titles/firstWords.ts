import { annotate } from '../../../src/events/nlp/annotate.ts';

/** The sentence's tokens and the indices of its first `n` words, as a cut title keeps them. */
export function firstWords(text: string, n: number) {
  const { tokens } = annotate(text);
  const out = tokens.map((_, i) => i).slice(0, n);
  const words = () => out.map((i) => tokens[i]!.text).join(' ');
  return { tokens, out, words };
}
