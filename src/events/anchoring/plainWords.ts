import { eventTypeOf } from '../eventTypes.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { deverbal, lowScored } from './nounOfDate.ts';

/** Nouns of a sentence that name a happening by their form, beside the triggers found. */
export function deverbalNouns(p: SentenceParse): Trigger[] {
  const taken = new Set(p.triggers.map((t) => t.index));
  return p.s.tokens.flatMap((t, index) =>
    !taken.has(index) && t.pos === 'NOUN' && deverbal(t.text) ? [lowScored(t, index, 'NOUN')] : [],
  );
}

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'seem', 'appear', 'remain', 'become']);

/**
 * Words of a sentence the trigger model passed over that a date can still make an event of, as
 * low-scored occurrences: its verbs, and nouns of a known event type ("Talks … next week").
 */
export function plainVerbs(p: SentenceParse): Trigger[] {
  const taken = new Set(p.triggers.map((t) => t.index));
  const typed = (lemma: string) => eventTypeOf(lemma) !== 'other';
  return p.s.tokens.flatMap((t, index) =>
    !taken.has(index) &&
    ((t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma)) ||
      ((t.pos === 'NOUN' || t.pos === 'PROPN') && typed(t.lemma)))
      ? [lowScored(t, index, t.pos === 'VERB' ? 'VERB' : 'NOUN')]
      : [],
  );
}
