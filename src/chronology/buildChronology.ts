import { extractEvents } from '../events/extractEvents.ts';
import { mergeEvents } from '../events/merge/mergeEvents.ts';
import type { Article, ArticleMeta, IngestError } from '../model/article.ts';
import type { Chronology, ChronologyEvent } from '../model/chronology.ts';
import { tag } from '../temporal/tag.ts';
import { orderEvents } from './order.ts';
import { type ArticleSignals, articleSignals } from './salience/articleSignals.ts';
import { rankChronology } from './salience/rankChronology.ts';

/** Progress callback: articles done out of the total, for the Web Worker's progress bar. */
export type Progress = (done: number, total: number) => void;

/** Strips the body off an article for storage in the chronology. */
export function articleMeta(a: Article): ArticleMeta {
  const { text: _text, ...meta } = a;
  return meta;
}

/**
 * The whole pipeline: tags each article against its own publication date, extracts its events,
 * merges reports of one happening across articles and orders the result. Pure and deterministic:
 * articles are processed in id order so the output does not depend on the order they were read.
 */
export function buildChronology(
  articles: readonly Article[],
  errors: readonly IngestError[] = [],
  onProgress?: Progress,
): Chronology {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events: ChronologyEvent[] = [];
  const signals: ArticleSignals[] = [];
  sorted.forEach((article, i) => {
    const timexes = tag(article.text, { reference: article.published });
    events.push(...extractEvents(article, timexes));
    signals.push(articleSignals(article, timexes));
    onProgress?.(i + 1, sorted.length);
  });
  const metas = sorted.map(articleMeta);
  const chronology = rankChronology(
    { version: 1, articles: metas, events: orderEvents(mergeEvents(events, metas)) },
    signals,
  );
  return errors.length > 0 ? { ...chronology, errors: [...errors] } : chronology;
}
