import { foldRestatements } from '../events/merge/foldRestatements.ts';
import { mergeEvents } from '../events/merge/mergeEvents.ts';
import type { ArticleMeta, IngestError } from '../model/article.ts';
import type { Chronology, ChronologyEvent } from '../model/chronology.ts';
import type { MappedArticle } from './mapArticle.ts';
import { orderEvents } from './order.ts';
import { rankChronology } from './salience/rankChronology.ts';

const byId = <T extends { readonly id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The reduce stage over events: merges reports of one happening across articles, folds perfect
 * restatements of old background into their earlier report, and orders the result. Independent of the order of its input, so map results may arrive in any order.
 */
export function reduceEvents(
  events: readonly ChronologyEvent[],
  articles: readonly ArticleMeta[],
): ChronologyEvent[] {
  return orderEvents(foldRestatements(mergeEvents(events, articles), articles));
}

/**
 * The reduce stage: a chronology from mapped articles in any order. Articles are listed in id
 * order and their events concatenated in that order, so the result depends only on the set of
 * mapped articles, not on how the map was scheduled.
 */
export function reduceChronology(
  mapped: readonly MappedArticle[],
  errors: readonly IngestError[] = [],
  reduce: typeof reduceEvents = reduceEvents,
): Chronology {
  const sorted = [...mapped].sort((a, b) => byId(a.article, b.article));
  const articles = sorted.map((m) => m.article);
  // Salience ranks the merged events across the collection: a stage of its own after merging.
  const chronology: Chronology = rankChronology(
    {
      version: 1,
      articles,
      events: reduce(
        sorted.flatMap((m) => m.events),
        articles,
      ),
    },
    sorted.map((m) => m.signals),
  );
  return errors.length > 0 ? { ...chronology, errors: [...errors].sort(byPlace) } : chronology;
}

/** File, then line, then message: the same list whatever order the files were read in. */
function byPlace(a: IngestError, b: IngestError): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
