import { Worker } from 'node:worker_threads';
import type { MappedArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';
import { MAP_WORKER, type MapReply, type MapRequest, rebuilt } from './mapProtocol.ts';

/** Worker threads running the map stage (src/cli/mapWorkerTask.ts), each fed its own queue. */
export interface MapWorkers {
  /** Articles sent and not yet answered, over all workers. */
  readonly pending: number;
  /** Workers still running (or being replaced): a worker that died takes no more articles. */
  readonly alive: number;
  /** Workers started so far, replacements included. */
  readonly started: number;
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

/** How the workers of `startMapWorkers` start and how long each serves. */
export interface MapWorkerOptions {
  /** The young generation of each worker's heap, in MB (V8's default if undefined). */
  readonly youngGenerationMb?: number;
  /**
   * Articles a worker maps before it is replaced by a fresh one (never, if undefined): what a
   * worker's heap keeps across articles (caches, V8's sizing of its heap after the largest live set
   * met) then starts over, so memory stays flat however long the input.
   */
  readonly recycleAfter?: number;
  /** Called when a replacement worker takes articles: one that waited for room may be offered again. */
  readonly onRoom?: () => void;
}

/** One worker's place in the pool: the worker serving it now, and what it was sent. */
interface Slot {
  worker: Worker;
  readonly waiting: Map<number, Waiting>;
  alive: boolean;
  /** Articles sent to the current worker. */
  taken: number;
  /** Takes no more articles: it is replaced once it has answered those it holds. */
  retiring: boolean;
  /** The worker has exited after its last answer: a fresh one starts with the next article. */
  vacant: boolean;
}

/**
 * Starts `count` workers on `url` (a module that serves map requests when started with
 * `MAP_WORKER`). Requests queue in each worker's message port, so a worker never waits for this
 * thread between two articles. A worker that dies (out of memory, a module that fails to load)
 * hands its unanswered articles to `fallback`, so they are still mapped, the same way.
 * With `recycleAfter`, a worker that was sent that many articles takes no more, and once it has
 * answered them it is terminated; a fresh one starts in its place when the next article comes
 * for it (after the old one has exited, so the two never hold memory at once, and none starts for
 * nothing at the end of the input). The results do not change: `mapArticle` is a pure function
 * of the article, and each worker answers in the order it was sent.
 */
export function startMapWorkers(
  url: string,
  count: number,
  execArgv: readonly string[] | undefined,
  fallback: (article: ReadArticle) => Promise<MappedArticle>,
  options: MapWorkerOptions = {},
): MapWorkers {
  let nextId = 0;
  let pending = 0;
  let started = 0;
  let closed = false;
  const replacing = new Set<Promise<void>>();
  // Workers terminated on purpose, to be replaced: their exit is no death.
  const ended = new WeakSet<Worker>();
  const recycleAfter = options.recycleAfter ?? Number.POSITIVE_INFINITY;
  // Starts a worker for the slot and listens to it; events of a worker the slot has replaced are ignored.
  const serve = (slot: Slot) => {
    const worker = spawn(new URL(url), execArgv, options.youngGenerationMb);
    started++;
    slot.worker = worker;
    slot.taken = 0;
    slot.retiring = false;
    slot.vacant = false;
    const { waiting } = slot;
    worker.on('message', (reply: MapReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      pending--;
      if (reply.failure) w.reject(rebuilt(reply.failure));
      else w.resolve(reply.mapped!);
      if (slot.retiring && waiting.size === 0) replace(slot);
    });
    const die = () => {
      if (ended.has(worker) || !slot.alive) return;
      slot.alive = false;
      for (const w of waiting.values()) fallback(w.article).then(w.resolve, w.reject);
      pending -= waiting.size;
      waiting.clear();
    };
    worker.on('error', die);
    worker.on('exit', die);
  };
  const replace = (slot: Slot) => {
    ended.add(slot.worker);
    const done = slot.worker
      .terminate()
      .then(
        () => {
          slot.vacant = true;
          slot.retiring = false;
        },
        () => {
          slot.alive = false;
        },
      )
      .finally(() => {
        replacing.delete(done);
        if (!closed) options.onRoom?.();
      });
    replacing.add(done);
  };
  const workers = Array.from({ length: count }, () => {
    const slot = {
      waiting: new Map(),
      alive: true,
      taken: 0,
      retiring: false,
      vacant: false,
    } as unknown as Slot;
    serve(slot);
    return slot;
  });
  return {
    get pending() {
      return pending;
    },
    get alive() {
      return workers.filter((w) => w.alive).length;
    },
    get started() {
      return started;
    },
    offer(article, limit) {
      let best: Slot | undefined;
      for (const w of workers)
        if (w.alive && !w.retiring && w.waiting.size < limit && (!best || w.waiting.size < best.waiting.size))
          best = w;
      if (!best) return undefined;
      const id = nextId++;
      const target = best;
      // Started only now, so no fresh worker loads for nothing at the end of the input. A worker
      // that cannot start throws here as at the start; the article then goes to the fallback.
      if (target.vacant) {
        try {
          serve(target);
        } catch {
          target.alive = false;
          return fallback(article);
        }
      }
      pending++;
      if (++target.taken >= recycleAfter) target.retiring = true;
      return new Promise<MappedArticle>((resolve, reject) => {
        target.waiting.set(id, { article, resolve, reject });
        target.worker.postMessage({ id, article } satisfies MapRequest);
      });
    },
    async close() {
      closed = true;
      for (const w of workers) w.alive = false;
      await Promise.all(replacing);
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
