import { words } from './tokenize.ts';

/** Trims a phrase to its first `n` words at a natural break, without dangling function words. */
export function clipPhrase(phrase: string, n: number): string {
  let w = words(phrase.replace(/["“”]/g, '')).slice(0, n);
  while (
    w.length > 0 &&
    /^(?:the|a|an|of|to|in|on|and|or|for|with|by|from|its|his|their|at|as|what|it|him|her|them|that|which|linked|affiliated|belonging|led|loyal|close)$/i.test(
      w[w.length - 1]!,
    )
  ) {
    w = w.slice(0, -1);
  }
  return w.join(' ');
}
