import type { TemporalExpression } from '../../model/timex.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { type Attachment, datesNoun, tokenRange } from './attachTimex.ts';
import { BOUND_RULES, deverbal, lowScored, TIME_WORDS } from './nounOfDate.ts';

/** Nouns a date modifies that name no happening: a term, a level reached, or the issue of a paper. */
const NO_HAPPENING = /^(?:deadline|mark|issue|edition|paper|newspaper|column|\P{Ll}.*)s?$/u;

/**
 * The event noun a date binds inside its own phrase, as a further word of the happening the date
 * dates: "attended a Sunday night memorial service", "In Sunday's debate …, Spitzer attacked",
 * "the panel that issued Thursday's ruling". A noun the attachment rules bound (`bound`: a
 * possessive, a modifier, or a date right after it, "in early trading yesterday") when its form is
 * a verb's; else the head of the phrase the date opens as a possessive or a modifier after a
 * determiner: the last noun of up to four modifiers. Never a word of time ("Sunday night", "the
 * 1990 fiscal year").
 */
export function boundNoun(
  p: SentenceParse,
  t: TemporalExpression,
  bound: Attachment<Trigger> | undefined,
): Trigger | undefined {
  if (bound && BOUND_RULES.has(bound.rule) && bound.trigger.pos === 'NOUN' && deverbal(bound.trigger.text))
    return bound.trigger;
  const { tokens } = p.s;
  // ("a 1918-like flu": a likeness to the date's happening, not one of its own.)
  if (!datesNoun(tokens, t.start, t.end) || /^-/.test(p.s.text.slice(t.end - p.s.start))) return undefined;
  let [, i] = tokenRange(tokens, t.start, t.end);
  if (/^['’]s$/.test(tokens[i]?.text ?? '')) i++;
  let head = -1;
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const x = tokens[k]!;
    // "the Oct. 23 sniper shooting of …": an -ing word inside the phrase is a noun, whatever its
    // tag, but after a noun only before "of" ("a Sept. 29, 2008 incident according to …").
    const gerund =
      x.pos === 'VERB' &&
      /^\p{Ll}{3,}ing$/u.test(x.text) &&
      (tokens[k - 1]?.pos !== 'NOUN' || /^of$/i.test(tokens[k + 1]?.text ?? ''));
    if (x.pos === 'NOUN' || gerund) head = k;
    else if (x.pos !== 'ADJ' && x.pos !== 'PROPN' && x.pos !== 'NUM') break;
  }
  // A phrase running on past the words read has its head further on ("last month's Deepwater
  // Horizon oil rig explosion"): none is taken rather than a modifier.
  if (head < 0 || tokens[head + 1]?.pos === 'NOUN') return undefined;
  const word = tokens[head];
  // (Nor a part of a name, "the 1994 Freedom of Access … Act", nor a deadline or a paper's issue.)
  if (!word || TIME_WORDS.test(word.text) || NO_HAPPENING.test(word.text)) return undefined;
  return p.triggers.find((x) => x.index === head) ?? lowScored(word, head, 'NOUN');
}
