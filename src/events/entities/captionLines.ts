import type { Sentence } from '../nlp/segmentSentences.ts';

/*
 * "… has generally played a low-key role in the regime. The BBC's Caroline Hawley looks at Asma
 * Assad's UK roots However, in February she wrote to Britain's Times …": a picture or video caption
 * glued before a paragraph is split off as a sentence of its own, but it is page furniture, not a
 * sentence of the story; a pronoun after it does not stand for whom it names ("She" is Asma Assad,
 * not Caroline Hawley). Such a line has no final punctuation and runs straight into the sentence
 * after it, in the same paragraph.
 */

/** The most words a caption line has. */
const MAX_WORDS = 25;

/** A sentence's end: a period, a question or exclamation mark, an ellipsis, maybe closed by a quote or bracket. */
const CLOSED = /[.!?…:;]["”’')\]]*\s*$/u;

/** Whether sentence `i` is a caption glued before the next sentence of its paragraph. */
function captionAt(sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i]!;
  const next = sentences[i + 1];
  if (s.heading || next === undefined || next.paragraph !== s.paragraph) return false;
  if (CLOSED.test(s.text)) return false;
  const words = s.text.split(/\s+/).filter(Boolean).length;
  return words >= 3 && words <= MAX_WORDS;
}

/** The sentences with glued caption lines marked as headings, which the search for a referent passes over. */
export function captionsAsHeadings(sentences: readonly Sentence[]): readonly Sentence[] {
  if (!sentences.some((_, i) => captionAt(sentences, i))) return sentences;
  return sentences.map((s, i) => (captionAt(sentences, i) ? { ...s, heading: true } : s));
}
