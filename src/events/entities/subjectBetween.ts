import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';

/** Determiners that open a common noun's phrase ("The apparently new strain", "Those 86 million gallons"). */
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
/** Words that only link a sentence to the one before ("But the …"). */
const LINKING = /^(?:but|and|so|yet|still|then|however|meanwhile)$/i;

/**
 * Whether the sentence right before an "it" has for its subject a thing the search cannot take, so
 * that an "it" is as likely to stand for what that sentence tells of as for anything named further
 * back: a plural ("Those 86 million gallons would fill 325,000 cubic meters …. By the end of the
 * month, it will fill 371,000" is the oil, not the Superdome named before), or a common noun's
 * phrase no candidate covers ("The apparently new strain of the H1N1 flu … has now been confirmed
 * in seven countries. It has shown an apparent ability to transfer" is the strain, not "The world"
 * of the sentence before); with a plural subject, also a thing it names elsewhere. The search stops there.
 */
export function thingSubjectBetween(
  prev: Sentence,
  offered: readonly Candidate[],
  found: Candidate | undefined,
): boolean {
  // (A subject found there, or the source of its "according to", is what the "it" stands for.)
  if (found && (found.subject || found.source)) return false;
  // ("Although the commission lacks authority …, its conclusions could …": an "it" or "its" there carries the chain back.)
  if (prev.tokens.some((t) => /^(?:it|its)$/i.test(t.text))) return false;
  const main = offered.filter((c) => c.subject && !c.subordinate && !c.opening);
  if (main.some((c) => c.kind === 'plural')) return true;
  if (main.length > 0 || found) return false;
  const { tokens } = prev;
  let k = 0;
  while (LINKING.test(tokens[k]?.text ?? '') || tokens[k]?.text === ',') k++;
  return DETERMINER.test(tokens[k]?.text ?? '') && tokens[k]?.pos === 'DET';
}
