import type { Token } from '../nlp/annotate.ts';
import { escapeRe } from '../nlp/escapeRe.ts';

/**
 * The sentence's token indices a title's words cover, in order, or undefined when the words are not
 * found in order: a title is its sentence with words deleted. When a word stands more than once,
 * the reading with the fewest cuts between kept words wins (the cut keeps runs of words): "The …
 * rig exploded" from "When the well blew out, the … rig exploded" is the second "the", right
 * before the rest. Offsets are the sentence's own, a leading space and all; "Libya's" covers two
 * tokens. Words match whatever their case, on the sentence as written: a lower-cased copy may be
 * longer ("İ" lower-cases to two UTF-16 units), and its offsets would not be the tokens'.
 */
export function keptTokens(
  words: readonly string[],
  sentence: string,
  tokens: readonly Token[],
): number[] | undefined {
  // Every place each word stands, as a whole word ("the" is not the end of "breathe"), and the
  // length of what stands there.
  const places: number[][] = [];
  const lengths: number[][] = [];
  for (const word of words) {
    const x = word.replace(/[,;:]+$/, '');
    if (x === '') continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(x)}(?![\\p{L}\\p{N}])`, 'giu');
    const found = [...sentence.matchAll(re)];
    places.push(found.map((m) => m.index));
    lengths.push(found.map((m) => m[0].length));
  }
  // Fewest cuts (a word or number between two kept words) up to each place of each word, in order.
  const cut = (from: number, to: number) => (/[\p{L}\p{N}]/u.test(sentence.slice(from, to)) ? 1 : 0);
  const cost: number[][] = [];
  const back: number[][] = [];
  places.forEach((at, w) => {
    cost.push([]);
    back.push([]);
    at.forEach((p, j) => {
      let best = w === 0 ? 0 : Number.POSITIVE_INFINITY;
      let from = -1;
      if (w > 0)
        places[w - 1]!.forEach((q, i) => {
          const end = q + lengths[w - 1]![i]!;
          const c = cost[w - 1]![i]! + (end <= p ? cut(end, p) : Number.POSITIVE_INFINITY);
          // (On a tie the later place: the nearer to the words after it.)
          if (c <= best) [best, from] = [c, i];
        });
      cost[w]![j] = best;
      back[w]![j] = from;
    });
  });
  const last = cost.length - 1;
  if (last < 0) return [];
  let j = cost[last]!.reduce((b, c, i) => (c <= (cost[last]![b] ?? Number.POSITIVE_INFINITY) ? i : b), -1);
  if (j < 0 || !Number.isFinite(cost[last]![j]!)) return undefined;
  const spans: [number, number][] = [];
  for (let w = last; w >= 0; w--) {
    const p = places[w]![j]!;
    spans.unshift([p, p + lengths[w]![j]!]);
    j = back[w]![j]!;
  }
  const kept: number[] = [];
  for (const [from, to] of spans)
    tokens.forEach((t, i) => {
      if (t.start < to && t.end > from && kept.at(-1) !== i) kept.push(i);
    });
  return kept;
}
