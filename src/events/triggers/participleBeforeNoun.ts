import type { Token } from '../nlp/annotate.ts';

/**
 * Words that open a noun phrase and can stand before no finite verb: an article or a possessive.
 * (Not "this", "that", "her": "This prompted officials …", "the rig that exploded", "told her …".)
 */
const OPENS_NOUN_PHRASE = /^(?:the|a|an|its|their|his|our|my|your)$/i;

/** A word the tagger read as a verb in a past participle's form ("patented", "deployed", "taken"). */
export const participleForm = (t: Token): boolean => t.pos === 'VERB' && /\p{Ll}(?:ed|en)$/u.test(t.text);

/**
 * "based on its patented Replikin Count technology", "the damaged well head", "an abandoned
 * rig": a past participle between an article or a possessive and the noun it describes is an
 * adjective (the tagger reads it as a verb). It names a quality of the noun, not a happening the
 * sentence reports, and a title built on it has no verb of its own.
 */
export function participleBeforeNoun(tokens: readonly Token[], i: number): boolean {
  if (!participleForm(tokens[i]!)) return false;
  if (!OPENS_NOUN_PHRASE.test(tokens[i - 1]?.text ?? '')) return false;
  return /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '');
}
