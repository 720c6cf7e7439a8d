import { parentPort, workerData } from 'node:worker_threads';
import { mapArticle } from '../chronology/mapArticle.ts';
import { StageError } from '../chronology/stageError.ts';
import { MAP_WORKER, type MapReply, type MapRequest } from './mapProtocol.ts';

export { MAP_WORKER, type MapReply, type MapRequest } from './mapProtocol.ts';

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

// The worker's entry: one article at a time, in the order they arrive; messages queue meanwhile.
if (parentPort && workerData === MAP_WORKER) {
  const port = parentPort;
  port.on('message', (request: MapRequest) => port.postMessage(answer(request)));
}
