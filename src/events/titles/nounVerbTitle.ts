import { modifiesNoun } from '../anchoring/attachTimex.ts';
import type { Token } from '../nlp/annotate.ts';
import { cutOf, type SentenceParse, titleOf } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';

/**
 * The title of a dated event noun told by a verb the same date covers, whose clause holds the noun
 * ("The Baath Party came to power in a military coup", "Jackson died of a cardiac arrest"), when
 * the title so far (`current`) has no verb and the verb is a past one told as done, of the noun's time;
 * else undefined. The verb's cut must name who and keep the noun.
 */
export function verbTitleOfNoun(
  p: SentenceParse,
  noun: Trigger,
  verb: Trigger,
  current: string,
): string | undefined {
  const { tokens } = p.s;
  if (
    verb.pos !== 'VERB' ||
    verb.eventClass === 'REPORTING' ||
    !toldAsDone(tokens, verb.index) ||
    modifiesNoun(tokens, verb.index) ||
    !sameTime(tokens, noun.index, verb.index) ||
    verbIn(p, current)
  )
    return undefined;
  const cut = cutOf(p, verb.index);
  return !cut.subjectless && cut.kept.includes(noun.index) ? titleOf(p, verb) : undefined;
}

/** Whether a title has a verb, read from the sentence's own tags. */
function verbIn(p: SentenceParse, title: string): boolean {
  const words = new Set(title.toLowerCase().split(/\s+/));
  return p.s.tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && words.has(t.text.toLowerCase()));
}

/** Whether the verb at `k` is a past form told as done: "died", "was hit", not "could rival", "is threatening", "looks into". */
function toldAsDone(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const w = t.text.toLowerCase();
  if (w === t.lemma || /ing$/.test(w) || /[^s]s$/.test(w)) return false;
  // ("died from injuries received in the attack": a participle after a noun a preposition governs.)
  let n = k - 1;
  while (n >= 0 && /^(?:NOUN|ADJ|DET|NUM)$/.test(tokens[n]!.pos)) n--;
  if (n < k - 1 && tokens[k - 1]!.pos === 'NOUN' && tokens[n]?.pos === 'ADP') return false;
  let i = k - 1;
  while (i >= 0 && /^(?:ADV|PART)$/.test(tokens[i]!.pos)) i--;
  return !(
    tokens[i]?.pos === 'AUX' &&
    /^(?:could|would|should|will|may|might|can|must|shall|is|are|am|'s|'re)$/i.test(tokens[i]!.text)
  );
}

/**
 * Whether the verb at `v` tells the happening the noun at `n` names, at its time: the noun is its
 * subject ("The explosion killed 11 workers") or in its phrase of "in", "by", "of", "during" or "at"
 * ("died of a heart attack", "was hit by a massive earthquake", "came to power in a coup"); not its
 * object nor after "since", "after" or "into" ("surpassed the Exxon Valdez disaster", "has lost 40%
 * since the explosion"), which tell of a later time.
 */
function sameTime(tokens: readonly Token[], n: number, v: number): boolean {
  if (n < v) return true;
  let i = n - 1;
  while (i > v && /^(?:DET|ADJ|NUM|PROPN|NOUN|PART)$/.test(tokens[i]!.pos)) i--;
  return i > v && tokens[i]!.pos === 'ADP' && /^(?:in|by|of|during|at)$/i.test(tokens[i]!.text);
}
