import type { Token } from '../nlp/annotate.ts';
import { DATE_WORD } from '../titles/danglingEnds.ts';

/** Nouns and words of a span of time, which end a date a title leaves out on purpose. */
const TIME =
  /^(?:day|days|week|weeks|weekend|month|months|year|years|hours?|minutes?|night|morning|afternoon|evening|ago|later|earlier|before|(?:18|19|20)\d\d)$/i;

/**
 * "… a resolution condemning" (the sentence goes on "the violence"), "BP has done" ("whatever it
 * could"), "BP put" ("the pumping on hold"): a title that ends on a verb or participle whose object
 * the sentence goes on with, right after it, but the title left out. A date after the verb ("struck
 * eight days ago", "was buried the following day") is no object: titles leave dates out.
 * `kept` are the title's token indices in the sentence.
 */
export function cutObject(tokens: readonly Token[], kept: readonly number[]): boolean {
  const i = kept.at(-1);
  if (i === undefined) return false;
  const next = tokens[i + 1];
  if (tokens[i]!.pos !== 'VERB' || next === undefined) return false;
  if (!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(next.pos)) return false;
  // The words up to the phrase's head: a date's if a word of time or a date's name stands there.
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j]!;
    if (DATE_WORD.test(t.text) || TIME.test(t.text)) return false;
    if (!/^(?:DET|NUM|ADJ|ADV|ADP)$/.test(t.pos)) break;
  }
  return true;
}
