import type { Token } from '../nlp/annotate.ts';

/**
 * Words that open a noun phrase and can stand before no finite verb: an article or a possessive.
 * (Not "this", "that", "her": "This prompted officials …", "the rig that exploded", "told her …".)
 */
const OPENS_NOUN_PHRASE = /^(?:the|a|an|its|their|his|our|my|your)$/i;

/** A word the tagger read as a verb in a past participle's form ("patented", "deployed", "taken", "blown"). */
export const participleForm = (t: Token): boolean => t.pos === 'VERB' && /\p{Ll}(?:ed|en|wn)$/u.test(t.text);

/** Particles a participle may carry inside a noun phrase ("its blown out well", "the sealed off area"). */
const PARTICLE = /^(?:out|off|up|down)$/i;

/**
 * What may follow a participle inside its noun phrase: the noun, or an adjective, a number or an
 * adverb, which the tagger reads some nouns as ("the proposed new company", "its blown out well",
 * "his rented home"). A verb or a punctuation mark after it makes the participle the phrase's head.
 */
const IN_NOUN_PHRASE = /^(?:NOUN|PROPN|ADJ|NUM|ADV)$/;

/**
 * "based on its patented Replikin Count technology", "the damaged well head", "an abandoned
 * rig", "BP has capped its blown out well": a past participle (with its particle) between an article
 * or a possessive and the noun it describes is an adjective (the tagger reads it as a verb). It
 * names a quality of the noun, not a happening the sentence reports, and a title built on it has
 * no verb of its own. (TimeBank marks none of these an event.)
 */
export function participleBeforeNoun(tokens: readonly Token[], i: number): boolean {
  if (!participleForm(tokens[i]!)) return false;
  if (!OPENS_NOUN_PHRASE.test(tokens[i - 1]?.text ?? '')) return false;
  const next = PARTICLE.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  return IN_NOUN_PHRASE.test(tokens[next]?.pos ?? '');
}
