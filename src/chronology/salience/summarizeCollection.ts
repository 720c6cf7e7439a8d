import type { Article } from '../../model/article.ts';
import type { Chronology } from '../../model/chronology.ts';
import { tag } from '../../temporal/tag.ts';
import { candidatesFromArticles, candidatesFromEvents } from './candidates.ts';
import { type ArticleDates, dateReferencesOf } from './dateReferences.ts';
import { type DateScore, scoreDates, selectDates } from './dateSalience.ts';
import { type DateSummary, summarizeDates } from './summarizeDates.ts';

/** Options of {@link summarizeCollection}. */
export interface SummarizeOptions {
  /** Number of dates of the timeline. */
  readonly dates: number;
  /** Sentences per date. */
  readonly sentences?: number;
  /** Inclusive `YYYY-MM-DD` bounds on the dates chosen. */
  readonly from?: string;
  readonly to?: string;
}

/** The day features of a collection's articles, from their temporal expressions. */
export function articleDatesOf(articles: readonly Article[]): ArticleDates[] {
  return articles.map((a) => dateReferencesOf(a, tag(a.text, { reference: a.published })));
}

/** The date scores a chronology stores (written by `extract`), as the selection expects them. */
function storedScores(chronology: Chronology): DateScore[] {
  return (chronology.dates ?? []).map((d) => ({ ...d, score: d.salience }));
}

/**
 * A timeline of `dates` entries from a collection, date-wise: the most salient days, each with a
 * centroid summary. With the articles' texts, candidates are every sentence naming the day;
 * from a chronology alone, the sentences its events keep.
 */
export function summarizeCollection(
  chronology: Chronology,
  options: SummarizeOptions,
  articles?: readonly Article[],
  articleDates?: readonly ArticleDates[],
): DateSummary[] {
  const dates = articles ? (articleDates ?? articleDatesOf(articles)) : undefined;
  const scores = dates ? scoreDates(dates) : storedScores(chronology);
  const picked = selectDates(scores, options.dates, options).map((d) => d.date);
  const candidates =
    articles && dates ? candidatesFromArticles(articles, dates) : candidatesFromEvents(chronology.events);
  return summarizeDates(picked, candidates, chronology.events, options.sentences ?? 1);
}
