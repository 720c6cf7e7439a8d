import type { Mention } from '../../model/chronology.ts';

/** A sentence split around its temporal expression, for rendering with a `<mark>`. */
export interface HighlightedSentence {
  readonly before: string;
  readonly marked: string;
  readonly after: string;
}

/**
 * Splits a mention's sentence at its timex. Offsets are article offsets, so they are shifted by
 * the sentence start; a timex that does not fall inside the sentence is not highlighted.
 */
export function highlightSentence(m: Mention): HighlightedSentence {
  const s = m.sentence;
  const t = m.timex;
  if (!t) return { before: s.text, marked: '', after: '' };
  const a = t.start - s.start;
  const b = t.end - s.start;
  if (a < 0 || b > s.text.length || a >= b) return { before: s.text, marked: '', after: '' };
  return { before: s.text.slice(0, a), marked: s.text.slice(a, b), after: s.text.slice(b) };
}
