import type { Article } from '../../model/article.ts';
import type { EventTime } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import type { ArticleContext } from '../articleContext.ts';
import type { Draft } from '../draft.ts';
import type { Token } from '../nlp/token.ts';
import { draftFromTrigger, type SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { tokenRange } from './attachTimex.ts';
import { addDays, undatedTime } from './eventTime.ts';

/** The auxiliaries of the present perfect. */
const HAVE = /^(?:has|have|['’]ve)$/i;
/** Words before "have" that make it a modal or non-finite perfect ("may have died", "to have died"). */
const NOT_PRESENT = /^(?:will|would|shall|should|can|could|may|might|must|to|['’]ll|['’]d)$/i;

/**
 * Whether the verb at `i` is in the present perfect: "has pleaded", "have been killed", "has not
 * yet been found". Not a modal or infinitive perfect ("may have died on Friday", "is said to have
 * fled in May"), which can tell a past point.
 */
export function presentPerfect(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.pos !== 'VERB') return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  if (tokens[k]?.text.toLowerCase() === 'been') {
    k--;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  }
  const aux = tokens[k];
  if (!aux || !HAVE.test(aux.text)) return false;
  let m = k - 1;
  while (m >= 0 && tokens[m]!.pos === 'ADV') m--;
  return !NOT_PRESENT.test(tokens[m]?.text ?? '');
}

/** Days before publication within which a perfect may still take a date ("have been killed … on Friday"). */
const RECENT_DAYS = 7;
/** Timexes that stretch up to the present ("in the past week", "in recent days", "so far"). */
const UP_TO_NOW =
  /\b(?:past|recent|so\s+far|last\s+(?:few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))\b/i;
/** Prepositions that make a date a stretch reaching the present or a bound ("since", "over", "until"). */
const STRETCH_BEFORE =
  /\b(?:since|over|for|during|throughout|within|until|till|through|by|from|as\s+of)\s+(?:at\s+least\s+|the\s+)?$/i;
/** "in the last month", "over the last week": up to now, unlike "last month". */
const THE_LAST = /\bthe\s+$/i;

/**
 * Whether `t` names a finished past time that a present perfect cannot take: English does not say
 * "*has pleaded not guilty in June 2009" ("has pleaded" is the present's; "June 2009" the death's in
 * "… to the manslaughter of Jackson at his mansion in June 2009"). A time over before the week of
 * publication (American news writes "have been killed … on Friday" of the last days), not a stretch
 * reaching the present ("since March", "in the last month"), nor a date heading the sentence
 * ("Dec. 28 - Feinberg has paid …", an item of a timeline).
 */
export function finishedPast(
  text: string,
  sentenceStart: number,
  t: TemporalExpression,
  when: EventTime,
  published: string,
): boolean {
  if (!t.range || when.precision === 'vague' || when.mod === 'ON_OR_AFTER') return false;
  if (when.end >= addDays(published, -RECENT_DAYS)) return false;
  const theLast =
    /^the\s+last\b/i.test(t.text) ||
    (/^last\b/i.test(t.text) && THE_LAST.test(text.slice(Math.max(0, t.start - 4), t.start)));
  if (UP_TO_NOW.test(t.text) || theLast) return false;
  if (!/\S/.test(text.slice(sentenceStart, t.start))) return false;
  // "Since the explosion on 20 April, BP shares have lost …": the perfect runs from the date.
  if (/\bsince\b/i.test(text.slice(sentenceStart, t.start))) return false;
  return !STRETCH_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start));
}

/**
 * Whether the date `t` (its time `when`) chose the present perfect `x` it cannot date: a finished
 * past time not standing right after the verb ("Mr Assad has also decreed on 14 March that …" is
 * a writer's slip the date still dates).
 */
export function outOfPerfect(
  p: SentenceParse,
  x: Trigger,
  t: TemporalExpression,
  when: EventTime,
  article: Article,
): boolean {
  const { tokens } = p.s;
  if (!presentPerfect(tokens, x.index)) return false;
  const [a] = tokenRange(tokens, t.start, t.end);
  const between = tokens.slice(x.index + 1, a);
  if (a > x.index && between.every((w) => w.pos === 'ADV' || /^(?:on|in|at)$/i.test(w.text))) return false;
  return finishedPast(article.text, p.s.start, t, when, article.published);
}

/**
 * The present perfect `x` a finished past date could not date ("Conrad Murray has pleaded not
 * guilty to the manslaughter of Jackson … in June 2009"), told without a date: on or before
 * publication when the article's news, sometime before it otherwise.
 */
export function undatedPerfect(ctx: ArticleContext, p: SentenceParse, x: Trigger, k: number): Draft {
  const news = ctx.tellsNews(p.s);
  return draftFromTrigger(ctx, p, k, x, undatedTime(ctx.article.published, 'no date of its own', news));
}
