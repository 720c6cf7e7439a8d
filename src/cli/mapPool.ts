import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type MappedArticle, mapArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';

/** Runs the map stage on articles, on this thread or on worker threads. */
export interface Mapper {
  map(article: ReadArticle): Promise<MappedArticle>;
  /** How many articles may usefully be in flight at once (bounds the memory they hold). */
  readonly window: number;
  close(): Promise<void>;
}

/** The default `--jobs`: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * A mapper with `jobs` threads: `jobs` 1 maps on the calling thread; more start a piscina pool of
 * that many workers (src/cli/mapWorker.mjs), each loading the tagger and event models once.
 */
export function createMapper(jobs: number): Mapper {
  if (jobs <= 1) {
    return {
      map: async (article) => mapArticle(article),
      window: 1,
      close: async () => {},
    };
  }
  const pool = new Piscina<readonly ReadArticle[], MappedArticle[]>({
    filename: new URL('./mapWorker.mjs', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Tasks wait in our bounded window, not in an unbounded pool queue.
    maxQueue: jobs * 4,
  });
  return {
    map: async (article) => (await pool.run([article]))[0]!,
    // Enough queued per worker that none idles while the main thread reads and writes.
    window: jobs * 4,
    close: () => pool.destroy(),
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
