import { clauseOf } from '../clauses/splitClauses.ts';
import { eventTypeOf } from '../eventTypes.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { attributionWord } from '../triggers/attribution.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { participleBeforeNoun } from '../triggers/participleBeforeNoun.ts';
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
 * low-scored occurrences: its verbs, and nouns of a known event type ("Talks … next week"). Not
 * "according to" nor a participle inside a noun phrase ("its blown out well"), which no clause tells.
 */
export function plainVerbs(p: SentenceParse): readonly Trigger[] {
  // Asked for many times a sentence (each date, each saying): made once for its triggers and tokens.
  const known = madeVerbs.get(p);
  if (known?.triggers === p.triggers && known.tokens === p.s.tokens) return known.verbs;
  const verbs = plainVerbsOf(p);
  madeVerbs.set(p, { triggers: p.triggers, tokens: p.s.tokens, verbs });
  return verbs;
}

/** `plainVerbs` by parse, with the triggers and tokens it was made for. */
const madeVerbs = new WeakMap<
  SentenceParse,
  { triggers: readonly Trigger[]; tokens: readonly unknown[]; verbs: readonly Trigger[] }
>();

function plainVerbsOf(p: SentenceParse): readonly Trigger[] {
  const taken = new Set(p.triggers.map((t) => t.index));
  const typed = (lemma: string) => eventTypeOf(lemma) !== 'other';
  return p.s.tokens.flatMap((t, index) =>
    !taken.has(index) &&
    ((t.pos === 'VERB' &&
      !LIGHT_VERBS.has(t.lemma) &&
      !attributionWord(p.s.tokens, index) &&
      !participleBeforeNoun(p.s.tokens, index)) ||
      ((t.pos === 'NOUN' || t.pos === 'PROPN') && typed(t.lemma)))
      ? [lowScored(t, index, t.pos === 'VERB' ? 'VERB' : 'NOUN')]
      : [],
  );
}

/**
 * The saying verb at token `i` as a trigger of the REPORTING class, whether or not the model found
 * it, when it makes a title with a subject.
 */
export function sayingTrigger(
  p: SentenceParse,
  i: number,
  presentable: (t: Trigger) => boolean,
): Trigger | undefined {
  const found = p.triggers.find((t) => t.index === i) ?? plainVerbs(p).find((t) => t.index === i);
  return found && presentable(found) ? { ...found, eventClass: 'REPORTING' } : undefined;
}

/**
 * The verb an infinitive at `x` hangs on ("rose … to close", "voted to support"): the nearest
 * eligible verb before its "to" in the same clause, within eight words.
 */
export function governing(
  p: SentenceParse,
  x: Trigger,
  eligible: (t: Trigger) => boolean,
): Trigger | undefined {
  const { tokens } = p.s;
  if (x.pos !== 'VERB' || tokens[x.index - 1]?.text.toLowerCase() !== 'to') return undefined;
  const clause = clauseOf(p.clauses, x.index);
  const candidates = [...p.triggers, ...plainVerbs(p)].filter(
    (t) =>
      t.pos === 'VERB' &&
      t.index < x.index - 1 &&
      t.index >= Math.max(clause.from, x.index - 9) &&
      eligible(t),
  );
  return candidates.sort((a, b) => b.index - a.index)[0];
}
