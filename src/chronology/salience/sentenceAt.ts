import type { Span } from '../../model/chronology.ts';

/**
 * The sentence of `text` around the offsets `[start, end)`: from after the previous full stop,
 * question or exclamation mark followed by a space and a capital, or a line break, to the next one.
 * A plain splitter on purpose: the salience stage must not depend on the event stage's internals.
 */
export function sentenceAt(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0) {
    const c = text[s - 1]!;
    if (c === '\n') break;
    if (
      /\s/.test(c) &&
      /[.!?]["'”’)]?$/.test(text.slice(Math.max(0, s - 3), s - 1)) &&
      /[A-Z"“‘(0-9]/.test(text[s] ?? '')
    )
      break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e]!;
    if (c === '\n') break;
    if (/[.!?]/.test(c) && /^["'”’)]?(\s+[A-Z"“‘(0-9]|\s*$)/.test(text.slice(e + 1, e + 4))) {
      e++;
      while (e < text.length && /["'”’)]/.test(text[e]!)) e++;
      break;
    }
    e++;
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e, text: text.slice(s, e).trim() };
}
