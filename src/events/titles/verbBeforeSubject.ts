import type { Token } from '../nlp/annotate.ts';
import { CLAUSE_VERBS } from './words.ts';

/**
 * "Turkey said it may need | UN help after a surge in refugee arrivals": a bare verb form whose
 * subject, as found, stands right after another verb is that verb's object ("need UN help", the
 * tagger's verb a noun), or its object's bare infinitive ("saw troops fire"): either way the verb
 * before says what happened, and a title from the subject on drops it ("Turkey said UN help").
 * The index of that verb, or -1. Not a verb of saying or thinking, whose object is a clause with a
 * subject of its own ("said rebels attack").
 */
export function verbBeforeSubject(tokens: readonly Token[], who: readonly number[], k: number): number {
  if (who.length === 0) return -1;
  const t = tokens[k]!;
  // (A bare form: "help", "fire"; not "helps", "fired", which agree with a subject of their own.)
  if (t.pos !== 'VERB' || t.lemma !== t.text.toLowerCase()) return -1;
  const first = Math.min(...who);
  if (Math.max(...who) >= k) return -1;
  const v = first - 1;
  const before = tokens[v];
  if (before?.pos !== 'VERB' || CLAUSE_VERBS.test(before.lemma) || /ing$/i.test(before.text)) return -1;
  // (Its subject runs up to the trigger: "need UN help", not "need, UN officials help".)
  return tokens.slice(first, k).every((x) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos)) ? v : -1;
}
