import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Kind } from './people.ts';

/**
 * Whether a sentence's subject is a "he" (or a "she", by `kind`), before any verb: "He spent 20
 * years at Amoco …, and lost out to Hayward". A later "He took over …" goes on speaking of that
 * one, so a person the sentence names elsewhere than as a subject is none it stands for; the
 * search passes on to whom that sentence's pronoun stands for.
 */
export function pronounSubject(s: Sentence, kind: Kind): boolean {
  const word = kind === 'male' ? 'he' : kind === 'female' ? 'she' : undefined;
  if (!word) return false;
  for (const t of s.tokens) {
    if (/^(?:VERB|AUX)$/.test(t.pos)) return false;
    if (t.text.toLowerCase() === word) return true;
  }
  return false;
}
