/**
 * Runs event extraction and merging on every Timeline17 article and prints events per article,
 * the share of events merged, timing, and 30 seeded random events with their sentence for a
 * hand check. Usage: `npx tsx scripts/eval-events.ts [../shared/corpus/t17] [seed]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../src/events/extractEvents.ts';
import { mergeEvents } from '../src/events/merge/mergeEvents.ts';
import type { Article, ArticleMeta } from '../src/model/article.ts';
import type { ChronologyEvent } from '../src/model/chronology.ts';
import { tag } from '../src/temporal/tag.ts';

const root = process.argv[2] ?? '../shared/corpus/t17';
const seed = Number(process.argv[3] ?? 17);

function firstSentence(text: string): string {
  const m = /^(.{20,160}?[.!?])\s/.exec(text);
  return (m?.[1] ?? text.slice(0, 120)).trim();
}

const articles: Article[] = [];
for (const topic of readdirSync(root).sort()) {
  let raw: string;
  try {
    raw = readFileSync(join(root, topic, 'articles.jsonl'), 'utf8');
  } catch {
    continue;
  }
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line) as { id: string; published: string; source: string; text: string };
    articles.push({
      id: j.id,
      published: j.published,
      source: j.source,
      title: firstSentence(j.text),
      text: j.text,
    });
  }
}

let tagMs = 0;
let extractMs = 0;
const events: ChronologyEvent[] = [];
for (const a of articles) {
  const t0 = performance.now();
  const timexes = tag(a.text, { reference: a.published });
  const t1 = performance.now();
  events.push(...extractEvents(a, timexes));
  extractMs += performance.now() - t1;
  tagMs += t1 - t0;
}
const metas: ArticleMeta[] = articles.map(({ text: _t, ...m }) => m);
const t2 = performance.now();
const merged = mergeEvents(events, metas);
const mergeMs = performance.now() - t2;

const joined = merged.filter((e) => (e.merged?.length ?? 0) > 1);
const absorbed = joined.reduce((n, e) => n + (e.merged?.length ?? 0), 0);
const types = new Map<string, number>();
for (const e of events) types.set(e.type ?? 'other', (types.get(e.type ?? 'other') ?? 0) + 1);
const dated = events.filter((e) => e.mentions[0]?.timex).length;

console.log(`articles: ${articles.length}`);
console.log(
  `events extracted: ${events.length} (${(events.length / articles.length).toFixed(2)} per article)`,
);
console.log(
  `anchored by a temporal expression: ${dated} (${((100 * dated) / events.length).toFixed(1)}%); on-or-before publication: ${events.filter((e) => e.when.mod === 'ON_OR_BEFORE').length} (of which vague: ${events.filter((e) => e.when.mod === 'ON_OR_BEFORE' && e.when.precision === 'vague').length}); planned: ${events.filter((e) => e.status === 'planned').length}`,
);
console.log(
  `types: ${[...types]
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}`,
);
console.log(
  `after merging: ${merged.length} events; ${joined.length} merged events absorb ${absorbed} reports (${((100 * absorbed) / events.length).toFixed(1)}% of events merged)`,
);
console.log(
  `with coordinates: ${events.filter((e) => e.places.some((p) => p.lat !== undefined)).length}; with counts: ${events.filter((e) => e.fatalities !== undefined || e.injured !== undefined || e.arrested !== undefined).length}`,
);
console.log(
  `time: tagging ${tagMs.toFixed(0)} ms, extraction ${extractMs.toFixed(0)} ms (${(extractMs / articles.length).toFixed(2)} ms/article), merging ${mergeMs.toFixed(0)} ms`,
);

// Seeded sample (mulberry32) for the hand check.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const byArticle = new Map(articles.map((a) => [a.id, a]));
const picked = new Set<number>();
while (picked.size < Math.min(30, events.length)) picked.add(Math.floor(random() * events.length));
console.log('\n30 random events (seed %d):', seed);
let n = 0;
for (const i of [...picked].sort((a, b) => a - b)) {
  const e = events[i]!;
  const m = e.mentions[0]!;
  const a = byArticle.get(m.article)!;
  const when = e.when.start === e.when.end ? e.when.start : `${e.when.start}..${e.when.end}`;
  console.log(
    `\n${++n}. [${e.id}] published ${a.published} | ${e.type} | ${when}${e.when.mod ? ` ${e.when.mod}` : ''}${e.when.approximate ? ' ~' : ''}${e.when.precision === 'vague' ? ' vague' : ''}${e.status ? ` ${e.status}` : ''}`,
  );
  console.log(`   title: ${e.title}`);
  console.log(
    `   places: ${e.places.map((p) => p.name).join(', ') || '-'} | actors: ${e.actors.map((x) => x.name).join(', ') || '-'}${e.fatalities !== undefined ? ` | killed ${e.fatalities}` : ''}`,
  );
  console.log(`   timex: ${m.timex ? `"${m.timex.text}" → ${m.timex.value}` : '-'}`);
  console.log(`   sentence: ${m.sentence.text.slice(0, 300)}`);
}
