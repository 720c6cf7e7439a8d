import type { Token } from '../nlp/annotate.ts';
import { DATE_WORD } from '../titles/danglingEnds.ts';

/**
 * "… a resolution condemning" (the sentence goes on "the crackdown"), "BP has done" ("everything
 * it can"): a title that ends on a verb or participle whose object the sentence goes on with, right
 * after it, but the title left out. A date after the verb is no object: titles leave dates out.
 * `kept` are the title's token indices in the sentence.
 */
export function cutObject(tokens: readonly Token[], kept: readonly number[]): boolean {
  const i = kept.at(-1);
  if (i === undefined) return false;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'VERB' || next === undefined) return false;
  if (DATE_WORD.test(next.text) || /^(?:last|this|next|early|late|earlier|later)$/i.test(next.text))
    return false;
  return /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(next.pos);
}
