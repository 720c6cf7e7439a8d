import { readFileSync } from 'node:fs';
import { mapArticle } from '/work/main/src/chronology/mapArticle.ts';
import { reduceChronology } from '/work/main/src/chronology/reduceEvents.ts';
import { articleSignals } from '/work/main/src/chronology/salience/articleSignals.ts';
import { extractEvents } from '/work/main/src/events/extractEvents.ts';
import { parseArticleFiles } from '/work/main/src/ingest/parseArticleFile.ts';
import { tag } from '/work/main/src/temporal/tag.ts';

const topic = process.argv[2] ?? 'bpoil_guardian';
const { articles } = parseArticleFiles([
  { name: 'x.jsonl', content: readFileSync(`/work/shared/corpus/t17/${topic}/articles.jsonl`, 'utf8') },
]);
let t = performance.now();
let tt = 0,
  te = 0,
  ts = 0;
const mapped = articles.map((a: any) => {
  let t0 = performance.now();
  const tx = tag(a.text, { reference: a.published });
  tt += performance.now() - t0;
  t0 = performance.now();
  const ev = extractEvents(a, tx);
  te += performance.now() - t0;
  t0 = performance.now();
  const sg = articleSignals(a, tx);
  ts += performance.now() - t0;
  return { article: a, events: ev, signals: sg };
});
console.log(
  'map',
  (performance.now() - t).toFixed(0),
  'tag',
  tt.toFixed(0),
  'extract',
  te.toFixed(0),
  'signals',
  ts.toFixed(0),
);
t = performance.now();
const c = reduceChronology(mapped as any);
console.log('reduce', (performance.now() - t).toFixed(0), c.events.length);
