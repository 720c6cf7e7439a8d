import { Worker } from 'node:worker_threads';
import type { MappedArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';
import { MAP_WORKER, type MapReply, type MapRequest, rebuilt } from './mapProtocol.ts';

/** Worker threads running the map stage (src/cli/mapWorkerTask.ts), each fed its own queue. */
export interface MapWorkers {
  /** Articles sent and not yet answered, over all workers. */
  readonly pending: number;
  /** Workers still running: a worker that died takes no more articles. */
  readonly alive: number;
  /** Sends an article to the least busy worker, if one has fewer than `limit` waiting; else undefined. */
  offer(article: ReadArticle, limit: number): Promise<MappedArticle> | undefined;
  close(): Promise<void>;
}

interface Waiting {
  readonly article: ReadArticle;
  resolve(m: MappedArticle): void;
  reject(e: unknown): void;
}

/**
 * A worker on `url` with the flags given (inherited when undefined). Node refuses some flags in a
 * worker (`--trace-gc` and other V8 flags, which apply to every thread anyway): it then starts with none.
 */
function spawn(url: URL, execArgv: readonly string[] | undefined, youngGenerationMb?: number): Worker {
  const start = (flags: readonly string[] | undefined) =>
    new Worker(url, {
      workerData: MAP_WORKER,
      ...(flags ? { execArgv: [...flags] } : {}),
      ...(youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } } : {}),
    });
  try {
    return start(execArgv);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return start([]);
  }
}

/**
 * Starts `count` workers on `url` (a module that serves map requests when started with
 * `MAP_WORKER`). Requests queue in each worker's message port, so a worker never waits for this
 * thread between two articles. A worker that dies (out of memory, a module that fails to load)
 * hands its unanswered articles to `fallback`, so they are still mapped, the same way.
 * `youngGenerationMb` sizes the young generation of each worker's heap (V8's default if undefined).
 */
export function startMapWorkers(
  url: string,
  count: number,
  execArgv: readonly string[] | undefined,
  fallback: (article: ReadArticle) => Promise<MappedArticle>,
  youngGenerationMb?: number,
): MapWorkers {
  let nextId = 0;
  let pending = 0;
  const workers = Array.from({ length: count }, () => {
    const waiting = new Map<number, Waiting>();
    const worker = spawn(new URL(url), execArgv, youngGenerationMb);
    const entry = { worker, waiting, alive: true };
    worker.on('message', (reply: MapReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      pending--;
      if (reply.failure) w.reject(rebuilt(reply.failure));
      else w.resolve(reply.mapped!);
    });
    const die = () => {
      if (!entry.alive) return;
      entry.alive = false;
      for (const w of waiting.values()) fallback(w.article).then(w.resolve, w.reject);
      pending -= waiting.size;
      waiting.clear();
    };
    worker.on('error', die);
    worker.on('exit', die);
    return entry;
  });
  return {
    get pending() {
      return pending;
    },
    get alive() {
      return workers.filter((w) => w.alive).length;
    },
    offer(article, limit) {
      let best: (typeof workers)[number] | undefined;
      for (const w of workers)
        if (w.alive && w.waiting.size < limit && (!best || w.waiting.size < best.waiting.size)) best = w;
      if (!best) return undefined;
      const id = nextId++;
      const target = best;
      pending++;
      return new Promise<MappedArticle>((resolve, reject) => {
        target.waiting.set(id, { article, resolve, reject });
        target.worker.postMessage({ id, article } satisfies MapRequest);
      });
    },
    async close() {
      for (const w of workers) w.alive = false;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
