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
  let n = 0;
  const every = Number(process.env.CHRONOSCOPE_MEMLOG ?? 0);
  const { threadId } = await import('node:worker_threads');
  const v8 = await import('node:v8');
  port.on('message', (request: MapRequest) => {
    port.postMessage(answer(request));
    if (every > 0 && ++n % every === 0) {
      const m = process.memoryUsage();
      const h = v8.getHeapStatistics();
      process.stderr.write(`MEM w${threadId} ${n} rss ${(m.rss / 1e6).toFixed(0)} heapTotal ${(m.heapTotal / 1e6).toFixed(0)} used ${(m.heapUsed / 1e6).toFixed(0)} ext ${(m.external / 1e6).toFixed(0)} ab ${(m.arrayBuffers / 1e6).toFixed(0)} phys ${(h.total_physical_size / 1e6).toFixed(0)} malloc ${(h.malloced_memory / 1e6).toFixed(0)} peakmalloc ${(h.peak_malloced_memory / 1e6).toFixed(0)}\n`);
    }
  });
}
