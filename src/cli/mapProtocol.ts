import type { MappedArticle } from '../chronology/mapArticle.ts';
import { StageError } from '../chronology/stageError.ts';
import type { ReadArticle } from '../model/article.ts';

/** An article sent to a map worker, with the number its reply carries back. */
export interface MapRequest {
  readonly id: number;
  readonly article: ReadArticle;
}

/** What a map worker sends back: the mapped article, or what went wrong in which stage. */
export interface MapReply {
  readonly id: number;
  readonly mapped?: MappedArticle;
  readonly failure?: { readonly stage?: string; readonly name: string; readonly message: string };
}

/** The `workerData` a map worker is started with, so importing the task elsewhere serves nothing. */
export const MAP_WORKER = 'chronoscope map worker';

/** A failure reported by a worker (or the bundled task), rebuilt as the error the sources would have thrown. */
export function rebuilt(failure: NonNullable<MapReply['failure']>): Error {
  const inner = Object.assign(new Error(failure.message), { name: failure.name });
  return failure.stage === undefined ? inner : new StageError(failure.stage, inner);
}
