import type {
  Actor,
  ChronologyEvent,
  EventTime,
  EventType,
  Mention,
  Place,
  Span,
} from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import type { Modality } from './clauses/modality.ts';
import { uniqueActors } from './entities/actors/findActors.ts';
import type { Counts } from './entities/extractCounts.ts';
import type { Referent } from './entities/referents.ts';
import type { Sentence } from './nlp/segmentSentences.ts';

/** An event being built; mentions and counts grow as later sentences continue it. */
export interface Draft {
  id: string;
  title: string;
  when: EventTime;
  isReport: boolean;
  type: EventType;
  mentions: Mention[];
  actors: Actor[];
  places: Place[];
  counts: Counts;
  sentence: number;
  /** Index of the latest sentence reporting it: a following sentence continues only what it follows. */
  lastSentence: number;
  paragraph: number;
  /** Planned or hypothetical rather than told as having happened (see `clauseModality`). */
  modality?: Modality;
}

/** The mention of a sentence, with its anchoring expression and the counts it states. */
export function toMention(
  articleId: string,
  s: Sentence,
  timex: TemporalExpression | undefined,
  counts: Counts,
  trigger?: Span,
): Mention {
  return {
    article: articleId,
    sentence: { start: s.start, end: s.end, text: s.text },
    ...(trigger ? { trigger: { start: trigger.start, end: trigger.end, text: trigger.text } } : {}),
    ...(timex
      ? {
          timex: {
            start: timex.start,
            end: timex.end,
            text: timex.text,
            type: timex.type,
            value: timex.value,
            ...(timex.mod ? { mod: timex.mod } : {}),
            tags: [...timex.tags],
          },
        }
      : {}),
    ...(counts.fatalities !== undefined ? { fatalities: counts.fatalities } : {}),
    ...(counts.injured !== undefined ? { injured: counts.injured } : {}),
  };
}

/** Fills the counts a draft lacks from another report of it; the first stated count stays. */
export function addCounts(d: Draft, counts: Counts): void {
  for (const key of ['fatalities', 'injured', 'arrested'] as const)
    if (d.counts[key] === undefined && counts[key] !== undefined) d.counts[key] = counts[key];
}

/** Distinct actors of two lists, first mention first. */
export const joinActors = (a: readonly Actor[], b: readonly Actor[]): Actor[] =>
  uniqueActors([...a, ...b].map((actor) => ({ actor, start: 0, end: 0 })));

/** The finished event of a draft, reported on the article's publication date, with its title's referent if found. */
export function toEvent(d: Draft, published: string, referent?: Referent): ChronologyEvent {
  const { counts } = d;
  return {
    id: d.id,
    title: d.title || d.mentions[0]!.sentence.text.slice(0, 80),
    when: d.when,
    reported: published,
    ...(d.isReport ? { isReport: true } : {}),
    ...(d.modality === 'planned' ? { status: 'planned' as const } : {}),
    mentions: d.mentions,
    ...(referent ? { referent } : {}),
    actors: d.actors,
    places: d.places,
    type: d.type,
    ...(counts.fatalities !== undefined ? { fatalities: counts.fatalities } : {}),
    ...(counts.injured !== undefined ? { injured: counts.injured } : {}),
    ...(counts.arrested !== undefined ? { arrested: counts.arrested } : {}),
    ...(counts.approximate ? { countsApproximate: true } : {}),
  };
}
