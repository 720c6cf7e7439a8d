import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { mapArticle } from '../../src/chronology/mapArticle.ts';
import { createMapper, mapInOrder } from '../../src/cli/mapPool.ts';
import { bundleWorker } from '../../src/cli/workerBundle.ts';
import { parseArticleFile } from '../../src/ingest/parseArticleFile.ts';
import type { ReadArticle } from '../../src/model/article.ts';

const sample = fileURLToPath(new URL('../fixtures/t17-sample.jsonl', import.meta.url));
const articles = parseArticleFile(sample, readFileSync(sample, 'utf8')).articles;

async function* each<T>(items: readonly T[]) {
  yield* items;
}

describe('the map stage on worker threads', { timeout: 120_000 }, () => {
  it('bundles the worker task into one module that maps as the sources do', async () => {
    const script = await bundleWorker(new URL('../../src/cli/mapWorkerTask.ts', import.meta.url));
    expect(script).toBeDefined();
    try {
      const task = (await import(script!.url)) as { default: (a: readonly ReadArticle[]) => unknown[] };
      const some = articles.slice(0, 3);
      expect(task.default(some)).toEqual(some.map(mapArticle));
    } finally {
      script!.dispose();
    }
  });

  it('maps on this thread and on a worker, in input order, as one thread does', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    const mapper = createMapper(2);
    await mapper.ready;
    const results = [];
    try {
      for await (const m of mapInOrder(each(articles), (a) => mapper.map(a), mapper.window)) results.push(m);
    } finally {
      await mapper.close();
    }
    expect(mapper.counts.workers).toBeGreaterThan(0);
    expect(mapper.counts.here).toBeGreaterThan(0);
    expect(mapper.counts.workers + mapper.counts.here).toBe(articles.length);
    expect(results).toEqual(articles.map(mapArticle));
  });

  it('closes cleanly before its workers have started', async () => {
    const mapper = createMapper(3);
    await mapper.close();
    expect(mapper.counts).toEqual({ workers: 0, here: 0 });
  });

  it('falls back to a worker that loads the sources through tsx', async () => {
    const pool = new Piscina<readonly ReadArticle[], unknown[]>({
      filename: new URL('../../src/cli/mapWorker.mjs', import.meta.url).href,
      maxThreads: 1,
    });
    try {
      expect(await pool.run([articles[0]!])).toEqual([mapArticle(articles[0]!)]);
    } finally {
      await pool.destroy();
    }
  });
});
