import { extractEvents } from '../events/extractEvents.ts';
import type { Article, ReadArticle } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { tag } from '../temporal/tag.ts';
import { StageError } from './stageError.ts';

export { StageError, stageFailure } from './stageError.ts';

// Two stand-in publication dates for an article that has none, far apart and both far after any
// news, so no date reads as a plan and no bare year as "too far in the future". A timex or event
// that comes out the same under both did not depend on the publication date: it is absolute.
const STAND_INS = ['2200-07-15', '2300-01-20'] as const;

/** Runs `step`, labelling anything it throws with the stage name. */
function stage<T>(name: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new StageError(name, error);
  }
}

const timexKey = (t: TemporalExpression): string => `${t.start}:${t.end}:${t.type}:${t.value}`;

/** Key of an event by where it was found and when it is dated, to compare two runs. */
function eventKey(e: ChronologyEvent): string {
  const m = e.mentions[0];
  return JSON.stringify([m?.sentence.start, m?.timex?.start, e.when, e.title]);
}

/**
 * The events of an article without a publication date: only those dated by absolute expressions
 * ("12 April 2022", "in 2015"), each reported on its own end day since the article's day is unknown.
 * Relative expressions ("yesterday", "March 25") stay unresolved: no event is dated from a guess.
 */
function undatedArticleEvents(article: ReadArticle): ChronologyEvent[] {
  const [a, b] = STAND_INS.map((published) => ({ ...article, published }) as Article) as [Article, Article];
  const tagsA = stage('the date tagger', () => tag(article.text, { reference: a.published }));
  const tagsB = stage('the date tagger', () => tag(article.text, { reference: b.published }));
  const inB = new Set(tagsB.map(timexKey));
  const absolute = tagsA.filter((t) => t.anchor !== 'dct' && inB.has(timexKey(t)));
  const eventsA = stage('event extraction', () => extractEvents(a, absolute));
  const eventsB = new Set(stage('event extraction', () => extractEvents(b, absolute)).map(eventKey));
  return eventsA
    .filter((e) => eventsB.has(eventKey(e)) && e.mentions.every((m) => m.timex !== undefined))
    .map((e) => ({ ...e, reported: e.when.end.slice(0, 10) }));
}

/**
 * Tags one article against its publication date and extracts its events; an article without a
 * date keeps only its absolutely dated events. Returns the temporal expressions it used too. A
 * throw names the stage that failed (`StageError`).
 */
export function articleReading(article: ReadArticle): {
  events: ChronologyEvent[];
  timexes: readonly TemporalExpression[];
} {
  if (article.published === undefined) return { events: undatedArticleEvents(article), timexes: [] };
  const dated = article as Article;
  const timexes = stage('the date tagger', () => tag(dated.text, { reference: dated.published }));
  return { events: stage('event extraction', () => extractEvents(dated, timexes)), timexes };
}

/** The events of one article (see `articleReading`). */
export function articleEvents(article: ReadArticle): ChronologyEvent[] {
  return articleReading(article).events;
}
