import { cutWords } from './cutTitle.ts';
import { words } from './tokenize.ts';

// A phrase inside a title (a subject, an object) may end on a quantifier or a pronoun ("many more",
// "they"), not on an article, a preposition, a conjunction or a participle waiting for its object.
const CLIP_TAIL =
  /^(?:the|a|an|of|to|in|on|and|or|for|with|by|from|its|his|their|at|as|what|it|him|her|them|that|which|linked|affiliated|belonging|led|loyal|close)$/i;

/**
 * Trims a phrase to its first `n` words at a natural break: a name cut by the limit is finished
 * or left out, a modifier keeps its noun, and no function word dangles at the end.
 */
export function clipPhrase(phrase: string, n: number): string {
  const w = cutWords(words(phrase.replace(/["“”]/g, '')), n, true, { dangling: CLIP_TAIL, label: false });
  // A lone article, preposition or object pronoun is no phrase ("it" is the caller's to resolve).
  return w.length === 1 && CLIP_TAIL.test(w[0]!) ? '' : w.join(' ');
}
