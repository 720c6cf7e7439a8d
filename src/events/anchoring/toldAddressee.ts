import type { Token } from '../nlp/annotate.ts';
import type { Trigger } from '../triggers/findTriggers.ts';

/** Verbs that tell their words to someone named right after them ("warned BP it faces …"). */
const TELLING = /^(?:tell|warn|inform|assure|remind|brief|promise|convince|notify|advise)$/;

/**
 * The addressee of a saying that tells its words to someone, between the sayer's kept words and the
 * words told: "The White House has warned | BP | it faces many billions of dollars in fines". A
 * noun phrase only, right after the verb of telling, and only when the words told start after it.
 */
export function toldAddressee(
  tokens: readonly Token[],
  saying: Trigger | undefined,
  sayer: readonly number[],
  told: readonly number[],
): number[] {
  if (!saying || told.length === 0 || !TELLING.test(saying.lemma) || sayer.at(-1) !== saying.index) return [];
  const first = Math.min(...told, tokens.length);
  const out: number[] = [];
  for (let i = saying.index + 1; i < first; i++) {
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[i]!.pos)) return [];
    out.push(i);
  }
  return out.length <= 6 ? out : [];
}
