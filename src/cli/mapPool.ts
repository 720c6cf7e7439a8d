import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { type MappedArticle, mapArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';
import { bundleWorker, type WorkerScript } from './workerBundle.ts';

/** Runs the map stage on articles, on this thread or on worker threads. */
export interface Mapper {
  map(article: ReadArticle): Promise<MappedArticle>;
  /** How many articles may usefully be in flight at once (bounds the memory they hold). */
  readonly window: number;
  /** Resolves once the worker threads (if any) take articles, or once they are known not to. */
  readonly ready: Promise<void>;
  /** Articles mapped so far on worker threads and on this one. */
  readonly counts: { readonly workers: number; readonly here: number };
  close(): Promise<void>;
}

/** The default `--jobs`: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Tasks sent ahead to each worker, so it never waits for this thread between two articles. */
const AHEAD = 4;

/**
 * A mapper on `jobs` threads: this one and `jobs - 1` workers (piscina, running
 * src/cli/mapWorkerTask.ts bundled by esbuild, or through tsx when it cannot be bundled).
 * Each article goes to a worker when one has fewer than `AHEAD` articles waiting, else it is mapped
 * here at once: this thread, idle otherwise, maps its share, and no time is lost while the workers
 * start (the first articles are all mapped here). Results are the same wherever an article is
 * mapped (`mapArticle` is a pure function of the article).
 */
export function createMapper(jobs: number): Mapper {
  const counts = { workers: 0, here: 0 };
  const here = async (article: ReadArticle) => {
    counts.here++;
    return mapArticle(article);
  };
  if (jobs <= 1) return { map: here, window: 1, ready: Promise.resolve(), counts, close: async () => {} };
  const workers = jobs - 1;
  let pool: Piscina<readonly ReadArticle[], MappedArticle[]> | undefined;
  let script: WorkerScript | undefined;
  let closed = false;
  let pending = 0;
  const ready = bundleWorker(new URL('./mapWorkerTask.ts', import.meta.url)).then((bundle) => {
    script = bundle;
    if (closed) return;
    pool = new Piscina({
      filename: bundle?.url ?? new URL('./mapWorker.mjs', import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
      concurrentTasksPerWorker: AHEAD,
    });
  });
  const onPool = async (p: Piscina<readonly ReadArticle[], MappedArticle[]>, article: ReadArticle) => {
    pending++;
    counts.workers++;
    try {
      return (await p.run([article]))[0]!;
    } finally {
      pending--;
    }
  };
  // Articles are placed one per turn of the event loop, so the workers' finished tasks are counted
  // (and new ones sent) between two articles mapped here.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    map(article) {
      const placed = turn.then(async () => {
        await nextTurn();
        return pool && pending < workers * AHEAD
          ? { later: onPool(pool, article) }
          : { now: await here(article) };
      });
      turn = placed.catch(() => {});
      return placed.then((p) => p.later ?? p.now);
    },
    // Results leave in input order: enough room that articles mapped here never wait for a worker.
    window: jobs * AHEAD * 4,
    ready,
    counts,
    async close() {
      closed = true;
      await ready;
      await pool?.destroy();
      script?.dispose();
    },
  };
}

/**
 * Applies `fn` to each item with at most `window` calls in flight and yields the results in input
 * order, so output is deterministic however the calls interleave and memory holds `window` items.
 */
export async function* mapInOrder<T, R>(
  items: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    const p = fn(item);
    // Rejections are awaited in order below; this only keeps Node from calling them unhandled first.
    p.catch(() => {});
    inFlight.push(p);
    while (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
