/**
 * Readability on linkedom against Readability on jsdom: parse a news-shaped page, extract the
 * article, print medians. jsdom is not a dependency (it cannot run in the Web Worker that handles
 * dropped files); pass where it is installed, e.g.
 *   npm install --prefix /tmp/jsdom-bench jsdom
 *   npx tsx scripts/bench-html.ts --jsdom /tmp/jsdom-bench/node_modules/jsdom ../shared/corpus/t17
 * Pages are built from article texts (JSON Lines under the folder, or the sample articles): a
 * head full of metadata and scripts, a menu, the article, related links and reader comments.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { htmlToText, nodeText } from '../src/ingest/htmlToText.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jsdom: { type: 'string' }, rounds: { type: 'string', default: '7' } },
});
const rounds = Number(values.rounds);

function texts(dir: string | undefined): string[] {
  if (!dir) {
    const folder = new URL('../test/fixtures/articles/', import.meta.url).pathname;
    return readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8').split('\n---\n')[1] ?? '');
  }
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.jsonl'))
        for (const line of readFileSync(p, 'utf8').split('\n'))
          if (line.trim() && out.length < 400) out.push((JSON.parse(line) as { text: string }).text);
    }
  };
  walk(resolve(dir));
  return out;
}

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around `paragraphs`, with `comments` reader comments. */
function page(paragraphs: string[], comments: number): string {
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const related = Array.from(
    { length: 20 },
    (_, i) => `<li><a href="/r/${i}">Related story ${i}</a></li>`,
  ).join('');
  const talk = Array.from(
    { length: comments },
    (_, i) =>
      `<div class="comment"><span class="author">reader${i}</span><p>Comment number ${i} &mdash; I agree.</p></div>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><title>Story | Example</title>
<meta property="og:title" content="Story"><meta property="article:published_time" content="2022-05-01T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-01"}</script>
<script>window.dataLayer=[];${'var x=1;'.repeat(500)}</script><style>${'.a{color:red}'.repeat(300)}</style></head>
<body><header><nav><ul>${menu}</ul></nav></header><main><article><h1>Story</h1>
${paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n')}</article>
<aside class="related"><ul>${related}</ul></aside><section id="comments" class="comments">${talk}</section></main>
<footer>${menu}</footer></body></html>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  fn(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

const corpus = texts(positionals[0]);
const paragraphs = corpus.flatMap((t) => t.split(/\n+/).filter((p) => p.trim().length > 40));
const sizes = [
  { name: 'short', paragraphs: 8, comments: 10 },
  { name: 'long', paragraphs: 60, comments: 200 },
  { name: 'huge', paragraphs: 600, comments: 2000 },
];

type JsdomModule = { JSDOM: new (html: string) => { window: { document: Document } } };
const jsdom = values.jsdom
  ? ((await import(resolve(values.jsdom, 'lib/api.js'))) as { default?: JsdomModule } & JsdomModule)
  : undefined;
const JSDOM = jsdom ? (jsdom.default ?? jsdom).JSDOM : undefined;

console.log(`median of ${rounds} runs after a warm-up; parse + Readability + text`);
console.log('page   | size     | linkedom | jsdom    | jsdom / linkedom | same text');
for (const s of sizes) {
  const paras = Array.from({ length: s.paragraphs }, (_, i) => paragraphs[i % paragraphs.length]!);
  const html = page(paras, s.comments);
  // htmlToText also reads metadata and keeps a fallback text: linkedom does a little more work.
  const viaLinkedom = (): string => htmlToText(html).text;
  const viaJsdom = (): string => {
    const { document } = new JSDOM!(html).window;
    return (new Readability(document, { serializer: (n: Node) => nodeText(n) }).parse()?.content ??
      '') as string;
  };
  const l = time(viaLinkedom);
  const j = JSDOM ? time(viaJsdom) : Number.NaN;
  const same = JSDOM ? viaLinkedom() === viaJsdom() : 'n/a';
  console.log(
    `${s.name.padEnd(6)} | ${`${(html.length / 1000).toFixed(0)} kB`.padEnd(8)} | ${`${l.toFixed(1)} ms`.padEnd(8)} | ${`${j.toFixed(1)} ms`.padEnd(8)} | ${(j / l).toFixed(2).padEnd(16)} | ${same}`,
  );
}
