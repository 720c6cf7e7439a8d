import type { Mention } from '../../model/chronology.ts';

/** What a marked piece of a sentence is: its date expression, or a word naming the happening. */
export type MarkKind = 'date' | 'trigger';

/** A piece of a sentence, marked or not, for rendering with `<mark>`. */
export interface SentencePiece {
  readonly text: string;
  readonly mark?: MarkKind;
}

/**
 * Splits a sentence into pieces around its date expression and its triggers. Offsets are article
 * offsets, shifted by the sentence start; a span outside the sentence, or overlapping one already
 * marked, is not marked. `mentions` share one sentence (a sentence may give several triggers).
 */
export function highlightSentence(mentions: Mention | readonly Mention[]): SentencePiece[] {
  const all = Array.isArray(mentions) ? (mentions as readonly Mention[]) : [mentions as Mention];
  const s = all[0]!.sentence;
  const spans: Array<{ a: number; b: number; mark: MarkKind }> = [];
  const add = (start: number, end: number, mark: MarkKind) => {
    const a = start - s.start;
    const b = end - s.start;
    if (a < 0 || b > s.text.length || a >= b) return;
    if (spans.some((x) => a < x.b && b > x.a)) return;
    spans.push({ a, b, mark });
  };
  for (const m of all) if (m.timex) add(m.timex.start, m.timex.end, 'date');
  for (const m of all) if (m.trigger) add(m.trigger.start, m.trigger.end, 'trigger');
  spans.sort((x, y) => x.a - y.a);
  const pieces: SentencePiece[] = [];
  let at = 0;
  for (const x of spans) {
    if (x.a > at) pieces.push({ text: s.text.slice(at, x.a) });
    pieces.push({ text: s.text.slice(x.a, x.b), mark: x.mark });
    at = x.b;
  }
  if (at < s.text.length) pieces.push({ text: s.text.slice(at) });
  return pieces;
}

/** Mentions grouped by the sentence they share (same article and offset), in first-seen order. */
export function bySentence(mentions: readonly Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.article}\u0000${m.sentence.start}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()];
}
