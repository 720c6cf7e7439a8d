import type { Token } from '../nlp/annotate.ts';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sentence's token indices a title's words cover, in order, or undefined when a word is not
 * found: a title is its sentence with words deleted, so each word is found after the one before.
 * Offsets are the sentence's own, a leading space and all; "Libya's" covers two tokens.
 */
export function keptTokens(
  words: readonly string[],
  sentence: string,
  tokens: readonly Token[],
): number[] | undefined {
  const s = sentence.toLowerCase();
  const kept: number[] = [];
  let at = 0;
  for (const word of words) {
    const x = word.toLowerCase().replace(/[,;:]+$/, '');
    if (x === '') continue;
    // (A whole word: "the" is not the end of "breathe".)
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(x)}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = at;
    const found = re.exec(s)?.index ?? -1;
    if (found < 0) return undefined;
    at = found + x.length;
    tokens.forEach((t, i) => {
      if (t.start < at && t.end > found && kept.at(-1) !== i) kept.push(i);
    });
  }
  return kept;
}
