import type { Token } from '../nlp/annotate.ts';
import { token } from '../nlp/token.ts';

/** A letter or digit: a word goes on past a token ending in one only if it is one too. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A title's tokens as its sentence's reading has them: a title is its sentence with words deleted
 * (`isDeletionOf`), so each of its tokens is one of the sentence's, in order, with the part of
 * speech and lemma the sentence gave it (offsets and text are the title's: "Fighting" opening the
 * title for "fighting" in the sentence). Reading the title again would cost a second pass of the
 * tagger over every title, a quarter of its time. Undefined when the title is not cut whole from
 * these tokens (a word the sentence splits otherwise): then the title is read by itself.
 */
export function titleTokens(title: string, sentence: readonly Token[]): Token[] | undefined {
  const out: Token[] = [];
  let at = skipSpaces(title, 0);
  for (let i = 0; i < sentence.length && at < title.length; i++) {
    const t = sentence[i]!;
    const end = at + t.text.length;
    if (end > title.length || t.text.length === 0) continue;
    const piece = title.slice(at, end);
    if (piece !== t.text && piece.toLowerCase() !== t.text.toLowerCase()) continue;
    // ("the" is no token of "them": a word token ends where the title's word does.)
    if (end < title.length && WORD_CHAR.test(title[end - 1]!) && WORD_CHAR.test(title[end]!)) continue;
    out.push(token(at, end, piece, t.pos, t.lemma));
    at = skipSpaces(title, end);
  }
  return at >= title.length ? out : undefined;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}
