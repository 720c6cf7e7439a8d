/**
 * Partitioned reduce against the single-machine reduce:
 * `tsx scripts/check-partitioned-merge.ts DIR [--days 1,7,30,365]`.
 * Maps DIR with `chronoscope extract --jsonl` (every core), then merges the events once with
 * `mergeEvents` and once per partition size with `partitionedMerge`, and prints for each whether
 * the events are identical, with the partitions, edge groups reconciled and times.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MappedArticle } from '../src/chronology/mapArticle.ts';
import {
  indexArticles,
  mergePartition,
  partitionedMerge,
  partitionsOf,
} from '../src/chronology/partitionedMerge.ts';
import { mergeEvents } from '../src/events/merge/mergeEvents.ts';
import type { ChronologyEvent } from '../src/model/chronology.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--days');
const daysList = (at >= 0 ? args[at + 1]! : '1,7,30,365').split(',').map(Number);
const dir = args.find((a, i) => !a.startsWith('--') && i !== at + 1) ?? '../shared/corpus/t17';

const work = mkdtempSync(join(tmpdir(), 'check-partitions-'));
const part = join(work, 'part.jsonl');
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'extract', '--jsonl', '--quiet', dir, '-o', part],
  { cwd: root, encoding: 'utf8' },
);
if (!/chronoscope: \d+ articles/.test(r.stderr)) throw new Error(r.stderr);
const mapped = readFileSync(part, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Partial<MappedArticle>)
  .filter((m): m is MappedArticle => m.article !== undefined)
  .sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
rmSync(work, { recursive: true, force: true });
const articles = mapped.map((m) => m.article);
const events = mapped.flatMap((m) => m.events);

let t0 = performance.now();
const single = JSON.stringify(mergeEvents(events, articles));
const singleMs = performance.now() - t0;
console.log(
  `${dir}: ${articles.length} articles, ${events.length} events before merging; mergeEvents ${singleMs.toFixed(0)} ms`,
);
let all = true;
for (const days of daysList) {
  t0 = performance.now();
  const partitioned = JSON.stringify(partitionedMerge(events, articles, days));
  const ms = performance.now() - t0;
  // Partition statistics, recomputed: how many partitions and how many groups crossed an edge.
  const partitions = new Map<number, ChronologyEvent[]>();
  for (const e of events)
    for (const k of partitionsOf(e, days)) partitions.set(k, [...(partitions.get(k) ?? []), e]);
  const byArticle = indexArticles(articles);
  const edges = [...partitions].reduce(
    (n, [k, list]) => n + mergePartition(k, list, days, byArticle).edges.length,
    0,
  );
  const same = partitioned === single;
  all &&= same;
  console.log(
    `  --partition-days ${String(days).padStart(3)}: ${same ? 'identical' : 'DIFFERENT'} events; ${partitions.size} partitions, ${edges} edge groups reconciled, ${ms.toFixed(0)} ms`,
  );
}
console.log(
  all ? 'partitioned merge: identical to mergeEvents' : 'partitioned merge: DIFFERS from mergeEvents',
);
process.exitCode = all ? 0 : 1;
