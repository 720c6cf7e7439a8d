import type { TextSpan } from './scoreAnchoring.ts';

/** A span to mark in a sentence, with the marker written before and after it. */
export interface SpanMark {
  readonly span: TextSpan;
  readonly open: string;
  readonly close: string;
}

/**
 * The sentences around `from`–`to`: from the last sentence start at or before `from` to the next
 * sentence start after `to` (or the end of the text). `sentenceStarts` is ascending.
 */
export function sentencesAround(
  sentenceStarts: readonly number[],
  textLength: number,
  from: number,
  to: number,
): TextSpan {
  let start = 0;
  let end = textLength;
  for (const s of sentenceStarts) {
    if (s <= from) start = s;
    else if (s >= to) {
      end = s;
      break;
    }
  }
  return { start, end };
}

/**
 * The text of `window` on one line with each mark's span wrapped in its markers
 * ("[[attacked]] the town on {{Sunday}}"). Marks outside the window are clipped to it.
 */
export function markSpans(text: string, window: TextSpan, marks: readonly SpanMark[]): string {
  const inserts: Array<{ at: number; text: string; order: number }> = [];
  for (const { span, open, close } of marks) {
    const start = Math.max(window.start, Math.min(span.start, window.end));
    const end = Math.max(start, Math.min(span.end, window.end));
    // Closings sort before openings at one offset, so adjacent spans do not interleave; an empty
    // (clipped) span keeps its own opening before its closing.
    const empty = start === end;
    inserts.push(
      { at: start, text: open, order: empty ? -2 : 1 },
      { at: end, text: close, order: empty ? -1 : 0 },
    );
  }
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = window.start;
  for (const insert of inserts) {
    out += text.slice(last, insert.at) + insert.text;
    last = insert.at;
  }
  out += text.slice(last, window.end);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Up to `n` items drawn without replacement by `random` (a seeded generator for reproducible
 * samples), kept in their original order.
 */
export function sampleItems<T>(items: readonly T[], n: number, random: () => number): T[] {
  const indices = items.map((_, i) => i);
  const k = Math.min(n, items.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
  }
  return indices
    .slice(0, k)
    .sort((a, b) => a - b)
    .map((i) => items[i] as T);
}
