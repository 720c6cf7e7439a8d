import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MappedArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';
import { rebuilt } from './mapProtocol.ts';
import { type MapWorkers, startMapWorkers } from './mapWorkers.ts';
import type { answer } from './mapWorkerTask.ts';
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

/**
 * Articles queued ahead for each worker, so it never waits for this thread between two articles,
 * even while this thread maps a long one (with 8, a worker stood idle about 5% of a Timeline17 run).
 */
const AHEAD = 24;

/**
 * The map stage for this thread: the worker bundle's, when there is one, else the sources'. The
 * CLI leaves the map's modules out of its own imports, and the bundle loads in about a third of
 * the time the sources take through tsx (0.6 s instead of 1.8 s of a core on this machine), time
 * every run spent before the first article. Failures are rebuilt as the sources throw them.
 */
async function loadMapHere(bundle: WorkerScript | undefined): Promise<(a: ReadArticle) => MappedArticle> {
  if (bundle) {
    try {
      const task = (await import(bundle.url)) as { answer: typeof answer };
      return (article) => {
        const reply = task.answer({ id: 0, article });
        if (reply.failure) throw rebuilt(reply.failure);
        return reply.mapped!;
      };
    } catch {
      // The sources below, as when no bundle could be built.
    }
  }
  return (await import('../chronology/mapArticle.ts')).mapArticle;
}

/**
 * A mapper on `jobs` threads: this one and `jobs - 1` workers (src/cli/mapWorkers.ts, running
 * src/cli/mapWorkerTask.ts bundled by esbuild, or through tsx when it cannot be bundled).
 * Each article goes to a worker when one has fewer than `AHEAD` articles waiting, else it is mapped
 * here at once: this thread, idle otherwise, maps its share, and no time is lost while the workers
 * start (the first articles are all mapped here). Results are the same wherever an article is
 * mapped (`mapArticle` is a pure function of the article, and every thread runs the same code).
 */
export function createMapper(jobs: number): Mapper {
  const counts = { workers: 0, here: 0 };
  const bundled = bundleWorker(new URL('./mapWorkerTask.ts', import.meta.url));
  const local = bundled.then(loadMapHere);
  const here = async (article: ReadArticle) => {
    counts.here++;
    return (await local)(article);
  };
  if (jobs <= 1)
    return {
      map: here,
      window: 1,
      ready: local.then(() => {}),
      counts,
      close: async () => {
        await local.catch(() => {});
        (await bundled)?.dispose();
      },
    };
  let workers: MapWorkers | undefined;
  let script: WorkerScript | undefined;
  let closed = false;
  const ready = bundled.then((bundle) => {
    script = bundle;
    if (closed) return;
    // Without workers (none could start) every article is simply mapped here.
    workers = tryStartMapWorkers(
      bundle?.url ?? new URL('./mapWorker.mjs', import.meta.url).href,
      jobs - 1,
      // Workers inherit this process's flags, `--import tsx` included, whose hooks would transform
      // the bundle again (and wrap every function for its name): the bundle is plain JavaScript.
      bundle ? withoutTsx(process.execArgv) : undefined,
      here,
    );
  });
  // Articles are placed one per turn of the event loop, so the workers' answers are taken in (and
  // their queues refilled) between two articles mapped here.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    map(article) {
      const placed = turn.then(async () => {
        await nextTurn();
        const sent = workers?.offer(article, AHEAD);
        if (sent) counts.workers++;
        return sent ? { later: sent } : { now: await here(article) };
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
      await local.catch(() => {});
      await workers?.close();
      script?.dispose();
    },
  };
}

/** `startMapWorkers`, or undefined when no worker thread can be started at all. */
function tryStartMapWorkers(...args: Parameters<typeof startMapWorkers>): MapWorkers | undefined {
  try {
    return startMapWorkers(...args);
  } catch {
    return undefined;
  }
}

/** Node flags without those that load tsx (`--import tsx`, `--require …/tsx/…`, `--loader=…tsx…`). */
export function withoutTsx(flags: readonly string[]): string[] {
  const loads = /^--(?:import|require|loader|experimental-loader)$|^-r$/;
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    const eq = /^(--[\w-]+)=(.*)$/.exec(flag);
    if (eq && loads.test(eq[1]!) && /tsx/.test(eq[2]!)) continue;
    if (loads.test(flag) && /tsx/.test(flags[i + 1] ?? '')) {
      i++;
      continue;
    }
    out.push(flag);
  }
  return out;
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
