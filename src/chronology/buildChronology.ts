import { mergeEvents } from '../events/mergeEvents.ts';
import type { ArticleMeta, IngestError, ReadArticle } from '../model/article.ts';
import type { Chronology, ChronologyEvent } from '../model/chronology.ts';
import { articleEvents, stageFailure } from './articleEvents.ts';
import { orderEvents } from './order.ts';

/** Progress callback: articles done out of the total, for the Web Worker's progress bar. */
export type Progress = (done: number, total: number) => void;

/** Strips the body off an article for storage in the chronology. */
export function articleMeta(a: ReadArticle): ArticleMeta {
  const { text: _text, origin: _origin, ...meta } = a;
  return meta;
}

/**
 * The whole pipeline: tags each article against its own publication date, extracts its events,
 * merges reports of one happening across articles and orders the result. Pure and deterministic:
 * articles are processed in id order so the output does not depend on the order they were read.
 */
export function buildChronology(
  articles: readonly ReadArticle[],
  errors: readonly IngestError[] = [],
  onProgress?: Progress,
): Chronology {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events: ChronologyEvent[] = [];
  const failed = new Set<ReadArticle>();
  const problems = [...errors];
  // Each article on its own: a stage that throws on one is reported and the others still land.
  sorted.forEach((article, i) => {
    try {
      for (const e of articleEvents(article)) events.push(e);
    } catch (error) {
      failed.add(article);
      problems.push(stageFailure(article, error));
    }
    onProgress?.(i + 1, sorted.length);
  });
  const metas = sorted.filter((a) => !failed.has(a)).map(articleMeta);
  const chronology: Chronology = {
    version: 1,
    articles: metas,
    events: orderEvents(mergeEvents(events, metas)),
  };
  return problems.length > 0 ? { ...chronology, errors: problems.sort(byPlace) } : chronology;
}

/** File, then line, then message: the same list whatever order the files were read in. */
function byPlace(a: IngestError, b: IngestError): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
