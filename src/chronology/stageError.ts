import type { IngestError, ReadArticle } from '../model/article.ts';

/** A failure of one stage of the pipeline on one article, reported as `file:line: problem`. */
export function stageFailure(article: ReadArticle, error: unknown): IngestError {
  const stage = error instanceof StageError ? error.stage : 'processing';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    file: article.origin?.file ?? article.id,
    line: article.origin?.line ?? 1,
    message: `${stage} failed on this article, which was left out (${detail.slice(0, 200)}); please report it`,
  };
}

/** An error thrown inside one named stage of the pipeline. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly inner: unknown,
  ) {
    super(inner instanceof Error ? inner.message : String(inner));
    this.name = inner instanceof Error ? inner.name : 'Error';
  }
}
