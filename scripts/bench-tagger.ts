/**
 * Tagger benchmark: `tsx scripts/bench-tagger.ts [DIR] [--limit N] [--rounds N]`.
 * (a) Chronoscope's `tag()` and (b) bare `chrono.parse(text, refDate)` over the same Timeline17
 * articles (`DIR/*\/articles.jsonl`), medians of several rounds after a warm-up, with MB/s and
 * the ratio ours/chrono (goal ≤ 2×); (c) pathological inputs of 100/200/400 kB of date-like
 * tokens, whose time per kB must stay flat (ratio 400 kB / 100 kB ≈ 4 means linear).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { tag } from '../src/temporal/tag.ts';

interface Article {
  readonly text: string;
  readonly reference: string;
}

function parseArgs(argv: readonly string[]) {
  let dir = '../shared/corpus/t17';
  let limit = Number.POSITIVE_INFINITY;
  let rounds = 5;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--rounds') rounds = Number(argv[++i]);
    else dir = arg;
  }
  return { dir, limit, rounds };
}

function loadArticles(dir: string, limit: number): Article[] {
  const articles: Article[] = [];
  for (const topic of readdirSync(dir).sort()) {
    let lines: string[];
    try {
      lines = readFileSync(join(dir, topic, 'articles.jsonl'), 'utf8').split('\n');
    } catch {
      continue;
    }
    for (const line of lines) {
      if (!line.trim()) continue;
      const { text, published } = JSON.parse(line) as { text: string; published: string };
      articles.push({ text, reference: published.slice(0, 10) });
      if (articles.length >= limit) return articles;
    }
  }
  return articles;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time in ms of `rounds` runs of `fn`, after one untimed warm-up run. */
function time(fn: () => void, rounds: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function localNoon(reference: string): Date {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

let sink = 0;

const { dir, limit, rounds } = parseArgs(process.argv.slice(2));
const articles = loadArticles(dir, limit);
const refDates = articles.map((a) => localNoon(a.reference));
const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;

console.log(
  `Tagger benchmark — ${articles.length} articles, ${mb.toFixed(2)} MB of text, median of ${rounds} rounds`,
);
const ours = time(() => {
  for (const a of articles) sink += tag(a.text, { reference: a.reference }).length;
}, rounds);
const theirs = time(() => {
  for (let i = 0; i < articles.length; i++) {
    sink += chrono.parse((articles[i] as Article).text, refDates[i]).length;
  }
}, rounds);
const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(2);
console.log(`  Chronoscope tag()      ${ours.toFixed(0).padStart(7)} ms  ${mbps(ours).padStart(7)} MB/s`);
console.log(`  chrono-node parse()    ${theirs.toFixed(0).padStart(7)} ms  ${mbps(theirs).padStart(7)} MB/s`);
console.log(`  ratio ours/chrono      ${(ours / theirs).toFixed(2)}×  (goal ≤ 2×)`);

/** Date-like token soups that tempt regex backtracking: dense, glued, and digit-only. */
const VARIANTS: Record<string, string> = {
  mixed: 'March 3, 2012 3/4/2012 the 25th 1990s 12:30 p.m. last Friday mid-2010 ',
  glued: '3/4/2012/3/4/2012-03-04T12:30:00 1990s2000s 25th26th ',
  digits: '2012 12 30 3 4 1990 25 2000 12 ',
  words: 'the early 1990s and late March of next year, in the spring, two weeks ago, ',
  unclosed: 'from March 3 to from 4 to between 5 and until the 6th of ',
};

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

console.log('\nPathological inputs (median ms; ms per kB; 400 kB / 100 kB ≈ 4 means linear)');
/** Above this, a size is measured once; above the stop limit, larger sizes are skipped. */
const SLOW_MS = 2_000;
const STOP_MS = 8_000;
for (const [name, unit] of Object.entries(VARIANTS)) {
  const cells: string[] = [];
  const ms = new Map<number, number>();
  for (const kb of [100, 200, 400]) {
    const text = repeatTo(unit, kb * 1000);
    const run = () => {
      sink += tag(text, { reference: '2012-03-10' }).length;
    };
    const t0 = performance.now();
    run();
    const probe = performance.now() - t0;
    const t = probe > SLOW_MS ? probe : time(run, 3);
    ms.set(kb, t);
    cells.push(`${kb} kB ${t.toFixed(0).padStart(6)} ms (${(t / kb).toFixed(3)} ms/kB)`);
    if (t > STOP_MS) {
      cells.push('larger sizes skipped');
      break;
    }
  }
  const small = ms.get(100) as number;
  const ratio = ms.has(400)
    ? `ratio 400/100 ${((ms.get(400) as number) / small).toFixed(2)}`
    : `ratio 200/100 ${((ms.get(200) ?? Number.NaN) / small).toFixed(2)} (≈2 linear) — SUPERLINEAR`;
  console.log(`  ${name.padEnd(9)} ${cells.join('  ')}  ${ratio}`);
}
// Keep results observable so the engine cannot drop the work.
if (sink < 0) console.log(sink);
