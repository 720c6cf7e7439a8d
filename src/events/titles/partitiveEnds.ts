import type { Token } from '../nlp/annotate.ts';
import { DATE_WORD } from './danglingEnds.ts';

/*
 * "Nervous investors have wiped about a quarter | off BP's value", "A study showed about a third |
 * of the population": a title that ends on a share (a fraction, a half, a majority) leaves out
 * what it is a share of while the sentence goes on with it. The "of"/"off" phrase comes back when
 * it is a short noun phrase ending on its noun; else the title stays as it is.
 */

/** Nouns of a share, whose "of" (or "off") phrase says of what. */
const SHARE =
  /^(?:half|halves|quarters?|thirds?|fifths?|tenths?|two-thirds|three-quarters|majority|fraction|portion|proportion|share|percent|%)$/i;

/** The most tokens the noun phrase after "of" may hold. */
const MAX_PHRASE = 5;

/** The number of words the kept tokens make (a token glued to the one before is no new word). */
function wordCount(tokens: readonly Token[], out: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < out.length; k++)
    if (!(k > 0 && out[k - 1] === out[k]! - 1 && tokens[out[k - 1]!]!.end === tokens[out[k]!]!.start)) n++;
  return n;
}

/**
 * The last index of the noun phrase that opens at `from` ("BP's value", "the world's oil", "the
 * population"), when it ends on its noun within `MAX_PHRASE` tokens where the phrase ends (past one
 * "of" phrase of its own), or -1.
 */
function sharedPhraseEnd(tokens: readonly Token[], from: number, nested = false): number {
  let j = from;
  if (tokens[j]?.pos === 'DET' || /^(?:its|their|his|her|our)$/i.test(tokens[j]?.text ?? '')) j++;
  while (
    j < from + MAX_PHRASE &&
    (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]?.pos ?? '') ||
      // (A possessive inside the phrase: "BP 's value".)
      (j > from && /^['’]s?$/.test(tokens[j]?.text ?? '') && tokens[j]!.pos === 'PART'))
  )
    j++;
  if (j === from || !/^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos)) return -1;
  // The phrase ends there: no more of it, nor its own "of" or possessive.
  const after = tokens[j];
  if (after !== undefined && /^(?:ADJ|NOUN|PROPN|NUM|DET)$/.test(after.pos)) return -1;
  if (after !== undefined && /^['’]s?$/i.test(after.text)) return -1;
  for (let k = from; k < j; k++) if (DATE_WORD.test(tokens[k]!.text) && tokens[k]!.pos !== 'DET') return -1;
  // (Its own "of" phrase once: "a quarter off the value | of the company".)
  if (after !== undefined && /^of$/i.test(after.text))
    return nested ? -1 : sharedPhraseEnd(tokens, j + 1, true);
  return j - 1;
}

/**
 * Finishes, in place, a title (`out`, kept token indices in sentence order) that ends on a share
 * whose "of"/"off" phrase the sentence goes on with, within `maxWords`. Whether it did.
 */
export function finishShare(tokens: readonly Token[], out: number[], maxWords: number): boolean {
  const last = out.at(-1);
  if (last === undefined || out.length < 3) return false;
  const t = tokens[last]!;
  if (!SHARE.test(t.text) || !/^(?:NOUN|SYM|NUM)$/.test(t.pos)) return false;
  if (!/^(?:of|off)$/i.test(tokens[last + 1]?.text ?? '')) return false;
  const end = sharedPhraseEnd(tokens, last + 2);
  if (end < 0) return false;
  const added = Array.from({ length: end - last }, (_, k) => last + 1 + k);
  if (wordCount(tokens, [...out, ...added]) > maxWords) return false;
  out.push(...added);
  return true;
}
