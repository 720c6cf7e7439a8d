/**
 * Checks the deletion-only rule of titles over a corpus: every event's title is its sentence with
 * words deleted (same words, same order, case aside). Prints the count and any violation.
 * Usage: `npx tsx scripts/check-titles.ts ../shared/corpus/t17` (folders of articles.jsonl, or files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mapArticle } from '../src/chronology/mapArticle.ts';
import { isDeletionOf } from '../src/events/titles/isDeletionOf.ts';
import { parseArticleFiles } from '../src/ingest/parseArticleFile.ts';

const files: string[] = [];
for (const root of process.argv.slice(2)) {
  if (statSync(root).isFile()) files.push(root);
  else
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort())
      if (name.endsWith('.jsonl')) files.push(join(root, name));
}
let events = 0;
let articles = 0;
const bad: string[] = [];
const t0 = performance.now();
for (const file of files) {
  const { articles: read } = parseArticleFiles([{ name: file, content: readFileSync(file, 'utf8') }]);
  for (const a of read) {
    articles++;
    for (const e of mapArticle(a).events) {
      events++;
      const sentence = e.mentions[0]!.sentence.text;
      if (!isDeletionOf(e.title, sentence)) bad.push(`${e.id}: "${e.title}" ⟂ "${sentence}"`);
    }
  }
}
console.log(
  `${articles} articles, ${events} events: ${events - bad.length} titles cut from their sentence, ${bad.length} not (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
for (const b of bad.slice(0, 20)) console.log(`  ${b}`);
process.exitCode = bad.length > 0 ? 1 : 0;
