import type { Article, IngestError } from '../model/article.ts';
import type { Chronology } from '../model/chronology.ts';
import { type MappedArticle, mapArticle } from './mapArticle.ts';
import { reduceChronology } from './reduceEvents.ts';

export { articleMeta } from './mapArticle.ts';

/** Progress callback: articles done out of the total, for the Web Worker's progress bar. */
export type Progress = (done: number, total: number) => void;

/**
 * The whole pipeline on one thread: the map stage (`mapArticle`: tag and extract each article
 * against its own publication date) then the reduce stage (`reduceChronology`: merge reports of one
 * happening across articles and order the result). Pure and deterministic: articles are processed
 * in id order so the output does not depend on the order they were read.
 */
export function buildChronology(
  articles: readonly Article[],
  errors: readonly IngestError[] = [],
  onProgress?: Progress,
): Chronology {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mapped: MappedArticle[] = sorted.map((article, i) => {
    const m = mapArticle(article);
    onProgress?.(i + 1, sorted.length);
    return m;
  });
  return reduceChronology(mapped, errors);
}
