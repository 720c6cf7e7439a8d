import type { Token } from '../nlp/annotate.ts';
import { finite } from '../titles/clauseRun.ts';

/** Verbs that pass words on or name what was said, by lemma. */
const SAYING = /^(?:say|tell|call|describe|announce|report|claim|confirm|insist|warn|add|state|admit)$/;

/**
 * Whether the happening at `happening`, its cut `kept`, is a saying of another speaker joined to
 * the words said by "and": "The committee said it was delighted | and Gordon Brown called it
 * "extraordinary"" — the second clause has a subject and a verb of saying of its own, after words
 * said that are a clause already (their own finite verb); Gordon Brown's words are not the
 * committee's, and the happening is titled on its own.
 * (A pronoun subject may be the speaker again: "said it was delighted and it called …".)
 */
export function joinedSaying(
  tokens: readonly Token[],
  happening: number,
  kept: readonly number[],
  contentStart: number,
): boolean {
  if (!SAYING.test(tokens[happening]!.lemma)) return false;
  const subject = kept.filter((i) => i < happening);
  const first = subject[0];
  if (first === undefined || !/^and$/i.test(tokens[first - 1]?.text ?? '')) return false;
  if (!subject.some((i) => /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos))) return false;
  const content = tokens.findIndex((t) => t.start >= contentStart);
  return content >= 0 && tokens.slice(content, first - 1).some((_, n) => finite(tokens, content + n));
}
