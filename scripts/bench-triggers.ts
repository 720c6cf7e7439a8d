/**
 * Trigger benchmark: `npm run bench:triggers -- [DIR] [--rounds N]`.
 * Annotates the Timeline17 articles (`DIR/*\/articles.jsonl`) with wink-nlp once, untimed, then
 * times `findTriggers` over every sentence: median of N rounds after a warm-up, in MB of article
 * text per second, beside wink-nlp's own annotation time for scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, type Token } from '../src/events/nlp/annotate.ts';
import { findTriggers } from '../src/events/triggers/findTriggers.ts';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 5;
const dir = args[0] ?? '../shared/corpus/t17';

const texts: string[] = [];
for (const topic of readdirSync(dir).sort()) {
  let lines: string[];
  try {
    lines = readFileSync(join(dir, topic, 'articles.jsonl'), 'utf8').split('\n');
  } catch {
    continue;
  }
  for (const line of lines) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}
const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;

const annotateStart = performance.now();
const sentences: Token[][] = [];
for (const text of texts) {
  const { tokens, sentenceStarts } = annotate(text);
  let from = 0;
  for (let s = 1; s <= sentenceStarts.length; s++) {
    const limit = sentenceStarts[s] ?? Number.POSITIVE_INFINITY;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < limit) to++;
    sentences.push(tokens.slice(from, to));
    from = to;
  }
}
const annotateMs = performance.now() - annotateStart;

let found = 0;
const run = () => {
  found = 0;
  for (const sentence of sentences) found += findTriggers(sentence).length;
};
run();
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  run();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1]!;
const tokens = sentences.reduce((n, s) => n + s.length, 0);
console.log(
  `${texts.length} articles, ${megabytes.toFixed(1)} MB, ${sentences.length} sentences, ${tokens} tokens`,
);
console.log(
  `findTriggers: median ${median.toFixed(0)} ms of ${rounds} rounds = ${(megabytes / (median / 1000)).toFixed(1)} MB/s, ${found} triggers`,
);
console.log(
  `(wink-nlp annotate, one pass: ${(annotateMs / 1000).toFixed(1)} s = ${(megabytes / (annotateMs / 1000)).toFixed(1)} MB/s)`,
);
