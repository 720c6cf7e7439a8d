import type { Actor, Place, Span } from '../../model/chronology.ts';
import type { TemporalExpression } from '../../model/timex.ts';
import type { ArticleContext } from '../articleContext.ts';
import { addCounts, type Draft, joinActors, toMention } from '../draft.ts';
import { extractCounts } from '../entities/extractCounts.ts';
import { mostSpecific } from '../entities/places/placeList.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { contentWords } from './mergeEvents.ts';

// A sentence that opens with these refers back to the event before it ("The attack killed nine.").
const ANAPHORA =
  /^(?:the (attack|attacks|operation|blast|explosion|bombing|clash(?:es)?|fighting|incident|raid|campaign|armed group|assault|violence|protest|strike)|this|these|it(?! is| was)|they|he|she|in (?:his|her|their) (?:statements?|speech|remarks)|pictures|photos)\b/i;

/** Adds a sentence that carries an event on: its mention, counts, places, actors. */
export function continueEvent(
  d: Draft,
  articleId: string,
  s: Sentence,
  timex?: TemporalExpression,
  places: Place[] = [],
  actors: Actor[] = [],
  /** The word of the sentence that tells more of the event ("The attack [[killed]] nine"). */
  trigger?: Span,
): void {
  if (d.mentions.some((m) => m.sentence.start === s.start)) return;
  d.lastSentence = Math.max(d.lastSentence, s.index);
  const counts = extractCounts(s.text);
  d.mentions.push(toMention(articleId, s, timex, counts, trigger));
  addCounts(d, counts);
  if (counts.approximate) d.counts.approximate = true;
  // A later sentence adds places only to an event that has none: it may well be about somewhere else.
  if (d.places.length === 0) d.places = mostSpecific(places);
  d.actors = joinActors(d.actors, actors);
}

/**
 * The earlier event an undated sentence refers back to, if any: "The attack killed nine." (the
 * latest event whose title has that noun), "It …", or the same person speaking again after a statement.
 */
export function referredEvent(ctx: ArticleContext, s: Sentence): Draft | undefined {
  const previous = ctx.previous;
  if (!previous || previous.sentence <= ctx.lastHeading) return undefined;
  const anaphor = ANAPHORA.exec(s.text);
  const noun = anaphor?.[1]?.toLowerCase().replace(/es$|s$/, '');
  const target = noun
    ? ([...ctx.drafts]
        .reverse()
        .find((d) => d.type !== 'statement' && d.title.toLowerCase().includes(noun)) ?? previous)
    : previous;
  const persons = ctx.actorsOf(s.start, s.end).filter((x) => x.kind === 'person');
  // "The attack …" finds its event further back; "It …", "They …" refer to the sentence just before.
  const next = previous.lastSentence >= s.index - 1 && previous.paragraph >= s.paragraph - 1;
  if (anaphor && ((noun && target !== previous) || next)) return target;
  if (
    previous.type === 'statement' &&
    persons.some((x) => previous.actors.some((y) => y.name === x.name)) &&
    previous.paragraph >= s.paragraph - 2
  )
    return target;
  return undefined;
}

/** Whether a sentence comes right after the latest sentence of an event, in the same paragraph. */
export const follows = (d: Draft, s: Sentence): boolean =>
  d.paragraph === s.paragraph && d.lastSentence >= s.index - 1;

/**
 * Whether a sentence without a happening of its own says more about an event: counts of the dead,
 * injured or arrested, an actor or place of the event, or a word of its title ("The spill …").
 * Commentary that merely follows ("The opposition is deeply divided.") is no further report of it.
 */
export function relatesTo(ctx: ArticleContext, d: Draft, s: Sentence): boolean {
  const counts = extractCounts(s.text);
  if (counts.fatalities !== undefined || counts.injured !== undefined || counts.arrested !== undefined)
    return true;
  const actors = ctx.actorsOf(s.start, s.end);
  if (actors.some((x) => d.actors.some((y) => y.name === x.name))) return true;
  const places = ctx.placesOf(s, s.start, s.end);
  if (places.some((p) => d.places.some((q) => q.name === p.name))) return true;
  const title = contentWords(d.title);
  for (const w of contentWords(s.text)) if (w.length >= 4 && title.has(w)) return true;
  return false;
}
