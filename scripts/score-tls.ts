/**
 * Timeline-summarization scorer over Timeline17-style topic folders:
 *   npm run score:tls -- DIR [DIR…] [--all ROOT] [--cache DIR] [--no-span] [--json]
 * Each DIR holds `articles.jsonl` and `timeline.json` (`[{date, text}]`, written by journalists).
 * For each, Chronoscope builds the chronology, picks N dates (N = the reference's dates) and
 * summarizes each with K sentences (K = the reference's mean sentences per date, at least 1), and
 * prints Date-F1 and concatenation ROUGE-1/2 F1, and Labels-F1: the Date-F1 of the days of the
 * events the explorer labels first (`importanceOf`, one per day), the figure issue 11 measured. As in the published evaluations (tilse, news-tls),
 * dates are chosen inside the reference's time span; `--no-span` drops that limit.
 * `--all ROOT` scores every topic folder of ROOT. `--cache DIR` keeps each topic's chronology and
 * date references there, so a second run skips extraction.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildChronology } from '../src/chronology/buildChronology.ts';
import { concatRouge, dateF1, type ScoredTimeline } from '../src/chronology/eval/tlsScores.ts';
import type { ArticleDates } from '../src/chronology/salience/dateReferences.ts';
import { articleDatesOf, summarizeCollection } from '../src/chronology/salience/summarizeCollection.ts';
import { parseArticleFiles } from '../src/ingest/parseArticleFile.ts';
import type { Article } from '../src/model/article.ts';
import type { Chronology } from '../src/model/chronology.ts';
import { importanceOf } from '../src/timeline/layout/eventIndex.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    all: { type: 'string' },
    cache: { type: 'string' },
    'no-span': { type: 'boolean' },
    json: { type: 'boolean' },
  },
});

const dirs = [...positionals];
if (values.all) {
  for (const d of readdirSync(values.all).sort()) {
    const p = join(values.all, d);
    if (statSync(p).isDirectory() && existsSync(join(p, 'timeline.json'))) dirs.push(p);
  }
}
if (dirs.length === 0) {
  process.stderr.write(
    'Usage: npm run score:tls -- DIR [DIR…] [--all ROOT] [--cache DIR] [--no-span] [--json]\n',
  );
  process.exit(2);
}

function loadTopic(dir: string): { articles: Article[]; chronology: Chronology; dates: ArticleDates[] } {
  const file = join(dir, 'articles.jsonl');
  const content = readFileSync(file, 'utf8');
  const articles = parseArticleFiles([{ name: file, content }]).articles as Article[];
  const cacheFile = values.cache
    ? join(values.cache, `${basename(resolve(dir))}-${content.length}.json`)
    : null;
  if (cacheFile && existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      chronology: Chronology;
      dates: ArticleDates[];
    };
    return { articles, ...cached };
  }
  const chronology = buildChronology(articles);
  const dates = articleDatesOf(articles);
  if (cacheFile && values.cache) {
    mkdirSync(values.cache, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ chronology, dates }));
  }
  return { articles, chronology, dates };
}

function sentenceCount(text: string): number {
  return Math.max(1, text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).filter((s) => s.trim()).length);
}

interface Row {
  topic: string;
  articles: number;
  n: number;
  k: number;
  dateF1: number;
  rouge1: number;
  rouge2: number;
  labelsF1: number;
}

/**
 * The days of the events the explorer labels first (by `importanceOf`, tallies left out, one per
 * day), inside the span: how the explorer's zoomed-out labels compare with the journalists' dates.
 */
function labelDays(chronology: Chronology, n: number, from?: string, to?: string): string[] {
  const days: string[] = [];
  const ranked = chronology.events
    .filter(
      (e) => !e.tally && !e.when.approximate && (e.when.precision === 'day' || e.when.precision === 'time'),
    )
    .map((e) => ({ day: e.when.start.slice(0, 10), score: importanceOf(e) }))
    .filter((e) => (!from || e.day >= from) && (!to || e.day <= to))
    .sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : 1));
  for (const e of ranked) {
    if (days.length >= n) break;
    if (!days.includes(e.day)) days.push(e.day);
  }
  return days;
}

const rows: Row[] = [];
for (const dir of dirs) {
  const ref = JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')) as {
    date: string;
    text: string;
  }[];
  const refDates = [...new Set(ref.map((e) => e.date))].sort();
  const n = refDates.length;
  const k = Math.max(1, Math.round(ref.reduce((s, e) => s + sentenceCount(e.text), 0) / ref.length));
  const { articles, chronology, dates } = loadTopic(dir);
  const span = values['no-span'] ? {} : { from: refDates[0], to: refDates[n - 1] };
  const summary = summarizeCollection(chronology, { dates: n, sentences: k, ...span }, articles, dates);
  const predicted: ScoredTimeline = { entries: summary };
  const reference: ScoredTimeline = { entries: ref };
  rows.push({
    topic: basename(resolve(dir)),
    articles: articles.length,
    n,
    k,
    dateF1: dateF1(predicted, reference).f1,
    rouge1: concatRouge(predicted, reference, 1).f1,
    rouge2: concatRouge(predicted, reference, 2).f1,
    labelsF1: dateF1(
      { entries: labelDays(chronology, n, span.from, span.to).map((date) => ({ date, text: '' })) },
      reference,
    ).f1,
  });
}

const mean = (f: (r: Row) => number): number => rows.reduce((s, r) => s + f(r), 0) / rows.length;
if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ rows, mean: { dateF1: mean((r) => r.dateF1), rouge1: mean((r) => r.rouge1), rouge2: mean((r) => r.rouge2), labelsF1: mean((r) => r.labelsF1) } }, null, 2)}\n`,
  );
} else {
  const pad = Math.max(5, ...rows.map((r) => r.topic.length));
  const f = (x: number): string => x.toFixed(3).padStart(7);
  process.stdout.write(
    `${'topic'.padEnd(pad)} articles   N  K  Date-F1 ROUGE-1 ROUGE-2 Labels-F1\n` +
      rows
        .map(
          (r) =>
            `${r.topic.padEnd(pad)} ${String(r.articles).padStart(8)} ${String(r.n).padStart(3)} ${String(r.k).padStart(2)} ${f(r.dateF1)} ${f(r.rouge1)} ${f(r.rouge2)} ${f(r.labelsF1)}\n`,
        )
        .join('') +
      `${'mean'.padEnd(pad)} ${''.padStart(8)} ${''.padStart(3)} ${''.padStart(2)} ${f(mean((r) => r.dateF1))} ${f(mean((r) => r.rouge1))} ${f(mean((r) => r.rouge2))} ${f(mean((r) => r.labelsF1))}\n` +
      `dates chosen ${values['no-span'] ? 'anywhere' : "inside the reference's time span (tilse/news-tls protocol)"}\n`,
  );
}
