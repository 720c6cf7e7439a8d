import type { TemporalExpression } from '../../model/timex.ts';
import type { Token } from '../nlp/annotate.ts';
import { tokenRange } from './attachTimex.ts';

/**
 * Prepositions that relate a noun phrase to its clause without placing the clause at the noun's
 * time: "reminiscent of last year's finger-wagging", "parallels to today's events", "anger over
 * last week's shooting", "arrested for Friday's attack". Not the framing ones ("at last year's
 * summit", "in Friday's attack", "during Monday's session"), whose noun is the clause's occasion,
 * nor the sequencing ones ("after Friday's vote"), which other rules read.
 */
const RELATING = /^(?:of|to|with|about|like|unlike|than|over|from|against|for|toward|towards)$/i;

/** Words a possessive date's noun phrase runs over: "last year's presidential finger-wagging". */
const IN_PHRASE = /^(?:ADJ|NOUN|PROPN|NUM)$/;

/**
 * The article offsets of the noun phrase a possessive date opens, when a relating preposition
 * governs it: "The stern statement, reminiscent of last year's presidential finger-wagging at big
 * bonuses, came as …" — last year dates the finger-wagging, never the statement; "it offers
 * striking parallels to today's events" — today is no time of the offering. The date may date
 * only the words of its phrase, up to its head noun; with no happening there it dates nothing.
 */
export function possessiveDatePhrase(
  tokens: readonly Token[],
  t: TemporalExpression,
): { readonly from: number; readonly to: number } | undefined {
  const [first, last] = tokenRange(tokens, t.start, t.end);
  if (!/^['’]s$/.test(tokens[last]?.text ?? '')) return undefined;
  if (!RELATING.test(tokens[first - 1]?.text ?? '')) return undefined;
  // "prepared for the day's work", "paving the way for that night's cementing": the story's own day,
  // which its clause is told on too.
  if (/^(?:the|that|this)\b/i.test(t.text)) return undefined;
  let end = last + 1;
  while (end < tokens.length && (IN_PHRASE.test(tokens[end]!.pos) || tokens[end]!.text === '-')) end++;
  if (end === last + 1) return undefined;
  return { from: t.start, to: tokens[end - 1]!.end };
}
