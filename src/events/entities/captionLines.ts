import { escapeRe } from '../nlp/escapeRe.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';

/*
 * "… has generally played a low-key role in the regime. The BBC's Caroline Hawley looks at Asma
 * Assad's UK roots However, in February she wrote to Britain's Times …": a picture or video caption
 * glued before a paragraph is split off as a sentence of its own, but it is page furniture, not a
 * sentence of the story: a pronoun after it does not stand for a name only the caption gives ("She"
 * is Asma Assad, not the reporter Caroline Hawley). Such a line has no final punctuation and runs
 * straight into the sentence after it, in the same paragraph. A name the story's own sentences
 * give too stays a candidate: captions mostly name whom the story is about ("The US said Assef
 * Shawkat was …" before "Born in 1950 …, he studied law").
 */

/** The most words a caption line has. */
const MAX_WORDS = 25;

/**
 * A sentence's end: a period, a question or exclamation mark, an ellipsis, or a colon or semicolon
 * (a line that introduces what follows is no caption), maybe closed by a quote or bracket.
 */
const CLOSED = /[.!?…:;]["”’')\]]*\s*$/u;

/** Whether sentence `i` is a caption glued before the next sentence of its paragraph. */
export function captionAt(sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i]!;
  const next = sentences[i + 1];
  if (s.heading || next === undefined || next.paragraph !== s.paragraph) return false;
  if (CLOSED.test(s.text)) return false;
  // (The sentence after opens with a capital, as a new paragraph's does: not "… in the United
  // States | (tonight, he will …", a sentence split at its bracket.)
  if (!/^\p{Lu}/u.test(next.text)) return false;
  const words = s.text.split(/\s+/).filter(Boolean).length;
  return words >= 3 && words <= MAX_WORDS;
}

/**
 * The candidates of sentence `i` a pronoun after it may take: all of them, or, in a caption line,
 * those whose last word a sentence of the story (no caption, no heading) names too.
 */
export function captionCandidates(sentences: readonly Sentence[], i: number, list: Candidate[]): Candidate[] {
  if (list.length === 0 || !captionAt(sentences, i)) return list;
  const named = (word: string) => {
    // (Letters on both sides, not \b: "Öcalan", "Şahin" open and end with letters \b does not know.)
    const escaped = escapeRe(word);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu');
    return sentences.some(
      (x, n) => n !== i && !x.heading && !captionAt(sentences, n) && pattern.test(x.text),
    );
  };
  return list.filter((c) => named(c.last));
}
