import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stageFailure } from '../../src/chronology/articleEvents.ts';
import { mapArticle } from '../../src/chronology/mapArticle.ts';
import { createMapper, mapInOrder, withoutTsx } from '../../src/cli/mapPool.ts';
import { startMapWorkers } from '../../src/cli/mapWorkers.ts';
import type { answer } from '../../src/cli/mapWorkerTask.ts';
import { bundleWorker } from '../../src/cli/workerBundle.ts';
import { parseArticleFile } from '../../src/ingest/parseArticleFile.ts';
import type { ReadArticle } from '../../src/model/article.ts';

const sample = fileURLToPath(new URL('../fixtures/t17-sample.jsonl', import.meta.url));
const articles = parseArticleFile(sample, readFileSync(sample, 'utf8')).articles;
// An article the date tagger fails on (no text), to compare failures across threads.
const broken = { ...articles[0]!, id: 'broken', text: undefined } as unknown as ReadArticle;
const failureHere = () => {
  try {
    mapArticle(broken);
  } catch (error) {
    return stageFailure(broken, error);
  }
  throw new Error('expected the broken article to fail');
};

async function* each<T>(items: readonly T[]) {
  yield* items;
}

describe('the map stage on worker threads', { timeout: 120_000 }, () => {
  it('bundles the worker task into one module that maps as the sources do', async () => {
    const script = await bundleWorker(new URL('../../src/cli/mapWorkerTask.ts', import.meta.url));
    expect(script).toBeDefined();
    try {
      const task = (await import(script!.url)) as { answer: typeof answer };
      for (const [id, article] of articles.slice(0, 3).entries())
        expect(task.answer({ id, article })).toEqual({ id, mapped: mapArticle(article) });
    } finally {
      script!.dispose();
    }
  });

  it('maps on two workers, in input order, as one thread does, while this thread maps none', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    const mapper = createMapper(2, { youngGenerationMb: 96 });
    await mapper.ready;
    const results = [];
    try {
      for await (const m of mapInOrder(each(articles), (a) => mapper.map(a), mapper.window)) results.push(m);
    } finally {
      await mapper.close();
    }
    expect(mapper.counts).toEqual({ workers: articles.length, here: 0 });
    expect(results).toEqual(articles.map(mapArticle));
  });

  it('starts each worker with the young generation asked for', async () => {
    // A stand-in task that answers with the limits its thread was started with.
    const task = `data:text/javascript,${encodeURIComponent(
      "import { parentPort, resourceLimits } from 'node:worker_threads';" +
        'parentPort.on("message", ({ id }) => parentPort.postMessage({ id, mapped: resourceLimits }));',
    )}`;
    const fallback = async (a: ReadArticle) => mapArticle(a);
    for (const young of [96, undefined]) {
      const workers = startMapWorkers(
        task,
        1,
        undefined,
        fallback,
        young ? { youngGenerationMb: young } : {},
      );
      try {
        const limits = (await workers.offer(articles[0]!, 8)) as unknown as {
          maxYoungGenerationSizeMb: number;
        };
        if (young) expect(limits.maxYoungGenerationSizeMb).toBe(young);
        else expect(limits.maxYoungGenerationSizeMb).not.toBe(96);
      } finally {
        await workers.close();
      }
    }
  });

  it('replaces a worker after the articles it may map, answering in order', async () => {
    // A stand-in task that answers with the thread it runs on.
    const task = `data:text/javascript,${encodeURIComponent(
      "import { parentPort, threadId } from 'node:worker_threads';" +
        'parentPort.on("message", ({ id }) => parentPort.postMessage({ id, mapped: threadId }));',
    )}`;
    const fallback = async (): Promise<never> => {
      throw new Error('no worker should die');
    };
    let rooms = 0;
    const workers = startMapWorkers(task, 1, undefined, fallback, { recycleAfter: 3, onRoom: () => rooms++ });
    const threads: number[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        let sent = workers.offer(articles[i]!, 8);
        // The retiring worker takes nothing more; its replacement does once it has started.
        while (!sent) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          sent = workers.offer(articles[i]!, 8);
        }
        threads.push((await sent) as unknown as number);
      }
    } finally {
      await workers.close();
    }
    expect(workers.started).toBe(4);
    expect(rooms).toBe(3);
    const runs = threads.map((t, i) => (i === 0 || t !== threads[i - 1] ? 1 : 0) as number);
    expect(runs.reduce((a, b) => a + b)).toBe(4);
    expect(new Set(threads).size).toBe(4);
  });

  it('maps on two recycled workers in input order, as one thread does', async () => {
    const mapper = createMapper(2, { recycleAfter: 10 });
    await mapper.ready;
    const results = [];
    try {
      for await (const m of mapInOrder(each(articles), (a) => mapper.map(a), mapper.window)) results.push(m);
    } finally {
      await mapper.close();
    }
    expect(mapper.counts).toEqual({ workers: articles.length, here: 0 });
    // Two workers, then a fresh one after every 10 articles of each.
    expect(mapper.workersStarted).toBeGreaterThan(2);
    expect(results).toEqual(articles.map(mapArticle));
  });

  it('maps on this thread with the bundle as the sources do, failures included', async () => {
    const mapper = createMapper(1);
    try {
      expect(await mapper.map(articles[0]!)).toEqual(mapArticle(articles[0]!));
      const error = await mapper.map(broken).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(stageFailure(broken, error)).toEqual(failureHere());
    } finally {
      await mapper.close();
    }
  });

  it('closes cleanly before its workers have started', async () => {
    const mapper = createMapper(3);
    await mapper.close();
    expect(mapper.counts).toEqual({ workers: 0, here: 0 });
  });

  it('reports a failure on a worker as this thread would (tsx fallback worker, a flag workers refuse)', async () => {
    const fallback = async (a: ReadArticle) => mapArticle(a);
    const workers = startMapWorkers(
      new URL('../../src/cli/mapWorker.mjs', import.meta.url).href,
      1,
      ['--trace-gc'],
      fallback,
    );
    try {
      expect(await workers.offer(articles[0]!, 8)).toEqual(mapArticle(articles[0]!));
      const error = await workers.offer(broken, 8)!.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(stageFailure(broken, error)).toEqual(failureHere());
      expect(workers.pending).toBe(0);
    } finally {
      await workers.close();
    }
  });

  it('hands the articles of a worker that dies to the fallback', async () => {
    const mapped: string[] = [];
    const fallback = async (a: ReadArticle) => {
      mapped.push(a.id);
      return mapArticle(a);
    };
    const dead = 'data:text/javascript,throw new Error("cannot start")';
    const workers = startMapWorkers(dead, 1, undefined, fallback);
    try {
      const some = articles.slice(0, 2);
      const results = await Promise.all(some.map((a) => workers.offer(a, 8)!));
      expect(results).toEqual(some.map(mapArticle));
      expect(mapped).toEqual(some.map((a) => a.id));
      // A dead worker takes nothing more.
      expect(workers.offer(articles[2]!, 8)).toBeUndefined();
      expect(workers.alive).toBe(0);
    } finally {
      await workers.close();
    }
  });
});

describe('the flags a bundled worker starts with', () => {
  it('leave out only what loads tsx', () => {
    expect(
      withoutTsx([
        '--require',
        '/x/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///x/node_modules/tsx/dist/loader.mjs',
        '--cpu-prof',
        '--import=tsx',
        '--import',
        './other.mjs',
        '--max-semi-space-size=32',
      ]),
    ).toEqual(['--cpu-prof', '--import', './other.mjs', '--max-semi-space-size=32']);
  });
});
