import { availableParallelism } from 'node:os';
import type { MappedArticle } from '../chronology/mapArticle.ts';
import type { ReadArticle } from '../model/article.ts';
import { rebuilt } from './mapProtocol.ts';
import { type MapWorkers, startMapWorkers } from './mapWorkers.ts';
import type { answer } from './mapWorkerTask.ts';
import { bundleWorker, pinned, type WorkerScript } from './workerBundle.ts';

/** Runs the map stage on articles, on this thread or on worker threads. */
export interface Mapper {
  map(article: ReadArticle): Promise<MappedArticle>;
  /** How many articles may usefully be in flight at once (bounds the memory they hold). */
  readonly window: number;
  /** Resolves once the worker threads (if any) take articles, or once they are known not to. */
  readonly ready: Promise<void>;
  /** Articles mapped so far on worker threads and on this one. */
  readonly counts: { readonly workers: number; readonly here: number };
  /** Worker threads started so far, the replacements of recycled workers included. */
  readonly workersStarted: number;
  close(): Promise<void>;
}

/** The default `--jobs`: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Articles queued for each worker. This thread maps nothing while workers run, so it answers a
 * worker's reply at once and a few queued articles keep every worker busy; few, so that at the
 * end of the input no worker still holds a queue while another stands idle.
 */
const QUEUED = 8;

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

/** How the worker threads of a mapper start. */
export interface MapperOptions {
  /**
   * The young generation of each worker's heap, in MB (V8 splits it in three: two semi-spaces
   * and room for large new objects); undefined leaves V8's default (48 MB on 64-bit).
   */
  readonly youngGenerationMb?: number;
  /** Articles a worker maps before a fresh one takes its place (never, if undefined): see `startMapWorkers`. */
  readonly recycleAfter?: number;
}

/**
 * A mapper on `jobs` threads. With one, articles are mapped on this thread. With more, `jobs`
 * worker threads map (src/cli/mapWorkers.ts, running src/cli/mapWorkerTask.ts bundled by
 * esbuild, or through tsx when it cannot be bundled) and this thread only reads, hands out
 * articles and collects results. It used to map a share itself, with one worker fewer: its heap,
 * which holds every result for the reduce, made each of its collections slower as the run went
 * on, it loaded the map's code and models a second time beside the workers', and a worker's
 * heap can be sized (`youngGenerationMb`) where this thread's is fixed once Node has started.
 * Each article goes to the least busy worker with fewer than `QUEUED` waiting, else waits for one
 * to answer, so the threads finish together. This thread maps only when no worker could start,
 * or what workers that died leave.
 * Results are the same wherever an article is mapped (`mapArticle` is a pure function of the
 * article, and every thread runs the same code).
 */
export function createMapper(jobs: number, options: MapperOptions = {}): Mapper {
  const counts = { workers: 0, here: 0 };
  // Replacements of recycled workers start later in the run: they load a private copy of the bundle.
  const bundled = bundleWorker(new URL('./mapWorkerTask.ts', import.meta.url)).then((b) =>
    b && options.recycleAfter && jobs > 1 ? pinnedOrAsIs(b) : b,
  );
  // Loaded on first use only: with workers, this thread usually never maps.
  let local: Promise<(a: ReadArticle) => MappedArticle> | undefined;
  const here = async (article: ReadArticle) => {
    counts.here++;
    local ??= bundled.then(loadMapHere);
    return (await local)(article);
  };
  if (jobs <= 1) {
    local = bundled.then(loadMapHere);
    const loaded = local;
    return {
      map: here,
      window: 1,
      ready: loaded.then(() => {}),
      counts,
      workersStarted: 0,
      close: async () => {
        await loaded.catch(() => {});
        (await bundled)?.dispose();
      },
    };
  }
  let workers: MapWorkers | undefined;
  let script: WorkerScript | undefined;
  let closed = false;
  const ready = bundled.then((bundle) => {
    script = bundle;
    if (closed) return;
    // Without workers (none could start) every article is simply mapped here.
    workers = tryStartMapWorkers(
      bundle?.url ?? new URL('./mapWorker.mjs', import.meta.url).href,
      jobs,
      // Workers inherit this process's flags, `--import tsx` included, whose hooks would transform
      // the bundle again (and wrap every function for its name): the bundle is plain JavaScript.
      bundle ? withoutTsx(process.execArgv) : undefined,
      here,
      {
        ...(options.youngGenerationMb ? { youngGenerationMb: options.youngGenerationMb } : {}),
        ...(options.recycleAfter ? { recycleAfter: options.recycleAfter } : {}),
        onRoom: () => answered(),
      },
    );
  });
  // Callbacks of the article waiting for room in a worker's queue (one at a time: see `turn`).
  const waiting: (() => void)[] = [];
  const answered = () => waiting.shift()?.();
  // Articles are placed one after another, in input order.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    map(article) {
      const placed = turn.then(async () => {
        await ready;
        for (;;) {
          if (!workers || workers.alive === 0) return { now: await here(article) };
          const sent = workers.offer(article, QUEUED);
          if (sent) {
            counts.workers++;
            sent.then(answered, answered);
            return { later: sent };
          }
          await new Promise<void>((resolve) => waiting.push(resolve));
        }
      });
      turn = placed.catch(() => {});
      return placed.then((p) => p.later ?? p.now);
    },
    // Results leave in input order: room for every worker's queue several times over, so one
    // long article does not hold up the others.
    window: jobs * QUEUED * 8,
    ready,
    counts,
    get workersStarted() {
      return workers?.started ?? 0;
    },
    async close() {
      closed = true;
      await ready;
      await local?.catch(() => {});
      await workers?.close();
      script?.dispose();
    },
  };
}

/** `pinned(script)`, or the script itself when it cannot be copied. */
function pinnedOrAsIs(script: WorkerScript): WorkerScript {
  try {
    return pinned(script);
  } catch {
    return script;
  }
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
