import { MONTH_WORD } from '../../temporal/calendarNames.ts';
import { firstTokenAt, type Token } from './annotate.ts';

/**
 * A headline or caption before a story that opens with the same names as the story's first
 * sentence: where the names are said again, the story starts.
 */

/** Whether token `j` ends a date of numbers and month names that a preposition opens ("in June 2009"). */
function governedDateEnd(tokens: readonly Token[], j: number): boolean {
  let d = j;
  while (d >= 0 && (tokens[d]!.pos === 'NUM' || MONTH_WORD.test(tokens[d]!.text))) d--;
  return d < j && tokens[d]?.pos === 'ADP';
}

/**
 * "Michael Jackson died in June 2009 | Michael Jackson was in good spirits": the two names a
 * paragraph opens with, said again right after a date that ends the headline, start its story.
 */
export function repeatedOpeningStarts(
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[],
): number[] {
  const k = firstTokenAt(tokens, from);
  const a = tokens[k];
  const b = tokens[k + 1];
  const name = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text);
  if (!name(a) || !name(b)) return [];
  for (let i = k + 4; i + 1 < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (
      t.text === a!.text &&
      tokens[i + 1]!.text === b!.text &&
      text.slice(prev.end, t.start) === ' ' &&
      // (After a headline's last word, a date its preposition governs, "died in June 2009 |"; not a
      // role or a title before the name, "envoy | Kofi Annan", nor a dated list item's date,
      // "7 November 2011 | Dr Conrad Murray is found guilty", nor words said, "said it looked likely |
      // Tony Blair would stand down".)
      (governedDateEnd(tokens, i - 1) || repeatsSubject(tokens, k, i))
    )
      return [t.start];
  }
  return [];
}

/**
 * "Michael Jackson's mother said promoters ignored signs of stress in the singer | Michael Jackson's
 * mother can go ahead with a lawsuit …": a caption and its lead open with the same subject, a name's
 * possessive and its noun said again whole (four words or more) after a word in small letters, and
 * followed by the lead's verb.
 */
function repeatsSubject(tokens: readonly Token[], k: number, i: number): boolean {
  let n = 0;
  while (i + n < tokens.length && k + n < i && tokens[k + n]!.text === tokens[i + n]!.text) n++;
  const words = tokens.slice(i, i + n);
  const possessive = words.findIndex((w) => /^['’]s?$/.test(w.text));
  return (
    n >= 4 &&
    possessive > 0 &&
    possessive < n - 1 &&
    /^\p{Ll}+$/u.test(tokens[i - 1]!.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[i - 1]!.pos) &&
    /^(?:AUX|VERB)$/.test(tokens[i + n]?.pos ?? '')
  );
}
