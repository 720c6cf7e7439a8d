/**
 * Warm-up probe: `tsx scripts/probe-warmup.ts [DIR] [--articles N] [--passes P] [--bucket B]`.
 * Maps the first N articles of DIR (default ../shared/corpus/t17, all articles) P times in this
 * process with the worker bundle, as a map thread does, and prints for each pass the CPU time of
 * this thread and of the whole process (V8's background compiling and collecting is the
 * difference), the wall time, the first article's time and the time per bucket of B articles.
 * A later pass over the same articles runs warm: the difference to the first is what every
 * mapping thread pays to warm up (compiling, type feedback, regular expressions, lazy tables).
 * CPU times are read from /proc (Linux), so they hold on a busy host where wall times do not.
 */
import { readFileSync } from 'node:fs';
import type { answer } from '../src/cli/mapWorkerTask.ts';
import { resolveInputs, streamArticles } from '../src/cli/streamArticles.ts';
import { bundleWorker } from '../src/cli/workerBundle.ts';
import type { ReadArticle } from '../src/model/article.ts';

function parseArgs(argv: readonly string[]) {
  const opts = { dir: '../shared/corpus/t17', articles: Number.POSITIVE_INFINITY, passes: 2, bucket: 250 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--articles') opts.articles = Number(argv[++i]);
    else if (arg === '--passes') opts.passes = Number(argv[++i]);
    else if (arg === '--bucket') opts.bucket = Number(argv[++i]);
    else opts.dir = arg;
  }
  return opts;
}

/** CPU milliseconds of this thread (user + system), from /proc/thread-self/stat. */
function threadCpuMs(): number {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const { dir, articles: limit, passes, bucket } = parseArgs(process.argv.slice(2));
const t0 = performance.now();
const bundle = await bundleWorker(new URL('../src/cli/mapWorkerTask.ts', import.meta.url));
if (!bundle) throw new Error('the worker bundle could not be built');
const task = (await import(bundle.url)) as { answer: typeof answer };
console.log(`bundle and import: ${(performance.now() - t0).toFixed(0)} ms`);
const articles: ReadArticle[] = [];
for await (const r of streamArticles(resolveInputs([dir]), async function* () {})) {
  if (r.article) articles.push(r.article);
  if (articles.length >= limit) break;
}
for (let pass = 0; pass < passes; pass++) {
  const times: number[] = [];
  const thread = threadCpuMs();
  const all = processCpuMs();
  for (const [id, article] of articles.entries()) {
    const start = performance.now();
    task.answer({ id, article });
    times.push(performance.now() - start);
  }
  const buckets: string[] = [];
  for (let i = 0; i < times.length; i += bucket)
    buckets.push(
      times
        .slice(i, i + bucket)
        .reduce((a, b) => a + b, 0)
        .toFixed(0),
    );
  console.log(
    `pass ${pass}, ${articles.length} articles: this thread ${threadCpuMs() - thread} ms of CPU, ` +
      `the process ${(processCpuMs() - all).toFixed(0)} ms, wall ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms; ` +
      `first article ${times[0]?.toFixed(0)} ms; per ${bucket} articles (ms): ${buckets.join(' ')}`,
  );
}
bundle.dispose();
