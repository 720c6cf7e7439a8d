import type { IngestError, ReadArticle } from '../model/article.ts';
import type { Chronology } from '../model/chronology.ts';
import { stageFailure } from './articleEvents.ts';
import { type MappedArticle, mapArticle } from './mapArticle.ts';
import { reduceChronology } from './reduceEvents.ts';

export { articleMeta } from './mapArticle.ts';

/** Progress callback: articles done out of the total, for the Web Worker's progress bar. */
export type Progress = (done: number, total: number) => void;

/**
 * The whole pipeline on one thread: the map stage (`mapArticle`: tag and extract each article
 * against its own publication date) then the reduce stage (`reduceChronology`: merge reports of one
 * happening across articles, rank and order the result). Pure and deterministic: articles are
 * processed in id order so the output does not depend on the order they were read. Each article is
 * mapped on its own: a stage that throws on one is reported and the others still land.
 */
export function buildChronology(
  articles: readonly ReadArticle[],
  errors: readonly IngestError[] = [],
  onProgress?: Progress,
): Chronology {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = [...errors];
  const mapped: MappedArticle[] = [];
  sorted.forEach((article, i) => {
    try {
      mapped.push(mapArticle(article));
    } catch (error) {
      problems.push(stageFailure(article, error));
    }
    onProgress?.(i + 1, sorted.length);
  });
  return reduceChronology(mapped, problems);
}
