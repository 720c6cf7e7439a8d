import { parentPort, workerData } from 'node:worker_threads';
import { StageError } from '../chronology/articleEvents.ts';
import { type MappedArticle, mapArticle } from '../chronology/mapArticle.ts';
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

/**
 * Maps one article for a worker thread. A failure travels as plain fields (an error's class does
 * not survive the copy between threads), so it is reported as it would be on the main thread.
 */
export function answer({ id, article }: MapRequest): MapReply {
  try {
    return { id, mapped: mapArticle(article) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return {
      id,
      failure: {
        ...(error instanceof StageError ? { stage: error.stage } : {}),
        name: e.name,
        message: e.message,
      },
    };
  }
}

/** The `workerData` a map worker is started with, so importing this module elsewhere serves nothing. */
export const MAP_WORKER = 'chronoscope map worker';

// The worker's entry: one article at a time, in the order they arrive; messages queue meanwhile.
if (parentPort && workerData === MAP_WORKER) {
  const port = parentPort;
  port.on('message', (request: MapRequest) => port.postMessage(answer(request)));
}
