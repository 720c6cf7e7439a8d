import type { Span } from '../../model/chronology.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { nameRuns } from './names.ts';

/** The name runs of a sentence's tokens (`nameRuns`, which finds them once per array of tokens). */
export const runsOf = (s: Sentence): readonly (readonly [number, number])[] => nameRuns(s.tokens);

/** The span of a sentence's tokens `from` up to `to` (exclusive), with its text as written. */
export function spanOf(s: Sentence, from: number, to: number): Span {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to - 1]!.end;
  return { start, end, text: s.text.slice(start - s.start, end - s.start) };
}

/**
 * The sentence at `index`, then at most `before` sentences before it, nearest first: where a
 * description's fuller form or name is looked for. Headings are passed over and not counted.
 */
export function* lookBack(
  sentences: readonly Sentence[],
  index: number,
  before: number,
): Generator<{ sentence: Sentence; own: boolean }> {
  const own = sentences[index];
  if (own && !own.heading) yield { sentence: own, own: true };
  let read = 0;
  for (let i = index - 1; i >= 0 && read < before; i--) {
    const sentence = sentences[i]!;
    if (sentence.heading) continue;
    read++;
    yield { sentence, own: false };
  }
}
