/**
 * Builds the date-attachment model: `npm run build:attachment -- DIR [DIR…] [-o FILE] [--errors N]`.
 * For every gold DATE/TIME expression of the TimeML files under each DIR (TBAQ-cleaned TimeBank
 * and AQUAINT), each candidate trigger of its sentence (the trigger model's, plus verbs it passed
 * over) is an example, positive when a gold TLINK anchors the event it overlaps to that date (as
 * `score:anchoring` defines it). Prints 10-fold cross-validation by document of the hand rules
 * (`attachTimex`), the learned top-1 and the learned multi-link policy, on gold dates the tagger
 * also finds (its spans), then fits on everything and writes src/events/anchoring/attachmentModel.json
 * with the thresholds that maximize recall at precision ≥ 0.55 on each corpus.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { attachTimex, tokenRange } from '../src/events/anchoring/attachTimex.ts';
import {
  type AttachmentModelJson,
  candidateFeatures,
  withPlainVerbs,
} from '../src/events/anchoring/learnedAttachment.ts';
import { splitClauses } from '../src/events/clauses/splitClauses.ts';
import { goldAnchorPairs } from '../src/events/eval/scoreAnchoring.ts';
import { annotate } from '../src/events/nlp/annotate.ts';
import { segmentSentences } from '../src/events/nlp/segmentSentences.ts';
import { findTriggers, type Trigger } from '../src/events/triggers/findTriggers.ts';
import { fitBinary, random } from '../src/events/triggers/train/logistic.ts';
import { tag } from '../src/temporal/tag.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

const FOLDS = 10;
const MIN_COUNT = 2;
const FIT = { epochs: 12, rate: 0.1, l2: 1e-5, seed: 23 };
const MIN_PRECISION = 0.55;

/** A candidate of one date: its features and the gold pairs (eid tid) its trigger finds. */
interface Candidate {
  readonly features: string[];
  readonly gold: readonly string[];
  readonly trigger: Trigger;
}

/** One date expression of a document with its candidates. */
interface DateCase {
  readonly doc: number;
  readonly corpus: string;
  /** Gold pairs of the date, anywhere in the text. */
  readonly goldCount: number;
  /** Candidates from the gold span (training). */
  readonly train: readonly Candidate[];
  /** Candidates from the tagger's span, when the tagger finds the date (evaluation). */
  readonly test?: readonly Candidate[];
  /** The hand rules' trigger on the tagger's span, and the gold pairs it finds. */
  readonly rule?: readonly string[] | undefined;
  /** The date's sentence with the date in braces, for error listings. */
  readonly context?: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function readCases(dirs: readonly string[]): { cases: DateCase[]; stats: Map<string, number[]> } {
  const cases: DateCase[] = [];
  // Per corpus: gold pairs, same sentence, same sentence and on a candidate.
  const stats = new Map<string, number[]>();
  let docIndex = 0;
  for (const dir of dirs) {
    const corpus = basename(resolve(dir));
    const tally = [0, 0, 0, 0];
    stats.set(corpus, tally);
    for (const doc of loadTimeMLCorpus(resolve(dir))) {
      const d = docIndex++;
      const annotation = annotate(doc.text);
      const sentences = segmentSentences(doc.text, annotation);
      const tagged = tag(doc.text, { reference: doc.dct }).filter(
        (t) => t.type === 'DATE' || t.type === 'TIME',
      );
      const pairs = goldAnchorPairs(doc);
      const parsed = new Map<number, { clauses: ReturnType<typeof splitClauses>; candidates: Trigger[] }>();
      for (const timex of doc.timexes) {
        if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
        const gold = pairs.filter((p) => p.tid === timex.tid);
        const s = sentences.find((x) => x.start <= timex.start && timex.start < x.end);
        tally[0]! += gold.length;
        if (!s || s.tokens.length === 0) continue;
        let parse = parsed.get(s.index);
        if (!parse) {
          parse = {
            clauses: splitClauses(s.tokens),
            candidates: withPlainVerbs(s.tokens, findTriggers(s.tokens)),
          };
          parsed.set(s.index, parse);
        }
        const { clauses, candidates } = parse;
        const label = (t: Trigger) =>
          gold.filter((g) => overlaps(g.event, t)).map((g) => `${g.eid} ${g.tid}`);
        const build = (from: number, to: number): Candidate[] => {
          const [a, b] = tokenRange(s.tokens, from, to);
          return candidateFeatures(s.tokens, clauses, candidates, a, b).map(({ trigger, features }) => ({
            trigger,
            features,
            gold: label(trigger),
          }));
        };
        const train = build(timex.start, timex.end);
        const inSentence = gold.filter((g) => g.event.start >= s.start && g.event.end <= s.end);
        tally[1]! += inSentence.length;
        tally[2]! += new Set(train.flatMap((c) => c.gold)).size;
        const found = tagged.find((t) => overlaps(t, timex));
        let test: Candidate[] | undefined;
        let rule: string[] | undefined;
        if (found) {
          tally[3]! += gold.length;
          test = build(found.start, found.end);
          const eligible = (x: Trigger) => x.eventClass !== 'STATE' && x.eventClass !== 'I_STATE';
          const model = candidates.filter((c) => c.score > 0);
          const plain = candidates.filter((c) => c.score === 0);
          const hit =
            attachTimex(s.tokens, clauses, model, found.start, found.end, eligible) ??
            attachTimex(s.tokens, clauses, plain, found.start, found.end, eligible);
          rule = hit ? label(hit.trigger) : undefined;
        }
        cases.push({
          doc: d,
          corpus,
          goldCount: gold.length,
          train,
          ...(test ? { test } : {}),
          ...(found
            ? {
                rule,
                context: `${doc.text.slice(s.start, found.start)}{{${found.text}}}${doc.text.slice(found.end, s.end)}`,
              }
            : {}),
        });
      }
    }
  }
  return { cases, stats };
}

/** Weights by feature key fitted on `cases`; features rarer than MIN_COUNT get none. */
function fitWeights(cases: readonly DateCase[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases)
    for (const x of c.train) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) ids.set(f, ids.size);
  const rows = cases.flatMap((c) => c.train);
  const width = Math.max(...rows.map((r) => r.features.length));
  const features = new Int32Array(rows.length * width).fill(-1);
  const y = new Uint8Array(rows.length);
  rows.forEach((r, n) => {
    r.features.forEach((f, k) => {
      features[n * width + k] = ids.get(f) ?? -1;
    });
    y[n] = r.gold.length > 0 ? 1 : 0;
  });
  const w = fitBinary({ width, features, count: rows.length }, y, { ...FIT, featureCount: ids.size });
  return new Map([...ids].map(([f, id]) => [f, w[id]!]));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const score = (w: ReadonlyMap<string, number>, features: readonly string[]) =>
  sigmoid(features.reduce((z, f) => z + (w.get(f) ?? 0), 0));

/** An evaluated date: gold count, and its test candidates' scores with the gold pairs they find. */
interface Scored {
  readonly corpus: string;
  readonly goldCount: number;
  readonly ranked: ReadonlyArray<{ score: number; gold: readonly string[]; text: string }>;
  readonly rule: readonly string[] | undefined;
  readonly context: string;
}

interface Counts {
  gold: number;
  system: number;
  found: number;
  matched: number;
}

function tally(dates: readonly Scored[], choose: (d: Scored) => ReadonlyArray<readonly string[]>): Counts {
  const c: Counts = { gold: 0, system: 0, found: 0, matched: 0 };
  for (const d of dates) {
    const chosen = choose(d);
    c.gold += d.goldCount;
    c.system += chosen.length;
    c.matched += chosen.filter((g) => g.length > 0).length;
    c.found += new Set(chosen.flat()).size;
  }
  return c;
}

const policy = (top: number, extra: number) => (d: Scored) => {
  const [first, ...rest] = d.ranked;
  if (!first || first.score < top) return [];
  return [first.gold, ...rest.filter((r) => r.score >= extra).map((r) => r.gold)];
};

const fmt = (c: Counts) => {
  const r = c.found / c.gold;
  const p = c.matched / Math.max(1, c.system);
  const f = (2 * r * p) / Math.max(1e-9, r + p);
  return `R ${r.toFixed(3)} P ${p.toFixed(3)} F1 ${f.toFixed(3)} (gold ${c.gold}, found ${c.found}, system ${c.system}, matched ${c.matched})`;
};

const args = process.argv.slice(2);
const outAt = args.indexOf('-o');
const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : 'src/events/anchoring/attachmentModel.json';
const errorsAt = args.indexOf('--errors');
const errors = errorsAt >= 0 ? Number(args.splice(errorsAt, 2)[1]) : 0;
if (args.length === 0) {
  console.error('usage: build-attachment DIR [DIR…] [-o FILE] [--errors N]');
  process.exit(2);
}
const started = performance.now();
const { cases, stats } = readCases(args);
for (const [corpus, [gold, same, candidate, tagged]] of stats)
  console.log(
    `${corpus}: ${gold} gold pairs; ${same} with the event in the date's sentence, ${candidate} on a candidate; ${tagged} of dates the tagger finds`,
  );
console.log(`${cases.reduce((n, c) => n + c.train.length, 0)} training examples from ${cases.length} dates`);

// Cross-validation by document.
const docs = [...new Set(cases.map((c) => c.doc))];
const next = random(FIT.seed);
const shuffled = docs.map((d) => [d, next()] as const).sort((a, b) => a[1] - b[1]);
const foldOf = new Map(shuffled.map(([d], k) => [d, k % FOLDS]));
const scored: Scored[] = [];
for (let f = 0; f < FOLDS; f++) {
  const w = fitWeights(cases.filter((c) => foldOf.get(c.doc) !== f));
  for (const c of cases) {
    if (foldOf.get(c.doc) !== f || !c.test) continue;
    const ranked = c.test
      .map((x) => ({ score: score(w, x.features), gold: x.gold, text: x.trigger.text }))
      .sort((a, b) => b.score - a.score);
    scored.push({ corpus: c.corpus, goldCount: c.goldCount, ranked, rule: c.rule, context: c.context ?? '' });
  }
}
const corpora = [...stats.keys()];
const byCorpus = (corpus: string) => scored.filter((d) => d.corpus === corpus);
const recall = (c: Counts) => c.found / c.gold;
const precision = (c: Counts) => c.matched / Math.max(1, c.system);
interface Setting {
  readonly top: number;
  /** 2: no candidate but the best. */
  readonly extra: number;
  readonly counts: Counts[];
}
const steps = (from: number, to: number) =>
  Array.from({ length: Math.round((to - from) / 0.05) + 1 }, (_, k) => Number((from + k * 0.05).toFixed(2)));
const grid: Setting[] = [];
for (const top of steps(0, 0.9))
  for (const extra of [...steps(Math.max(top, 0.05), 0.95), 2])
    grid.push({ top, extra, counts: corpora.map((c) => tally(byCorpus(c), policy(top, extra))) });
/** The setting with the best worst-corpus recall at precision ≥ MIN_PRECISION on every corpus. */
const bestOf = (settings: readonly Setting[]): Setting | undefined =>
  settings
    .filter((g) => g.counts.every((c) => precision(c) >= MIN_PRECISION))
    .map((g) => ({
      g,
      min: Math.min(...g.counts.map(recall)),
      sum: g.counts.reduce((n, c) => n + recall(c), 0),
    }))
    .sort((x, y) => y.min - x.min || y.sum - x.sum)[0]?.g;
const bestTop1 = bestOf(grid.filter((g) => g.extra === 2));
const best = bestOf(grid) ?? { top: 0.5, extra: 2, counts: [] };

console.log(`\n${FOLDS}-fold CV by document, pairs of gold dates the tagger finds (its spans):`);
for (const corpus of corpora) {
  const dates = byCorpus(corpus);
  console.log(`${corpus}:`);
  console.log(`  hand rules        ${fmt(tally(dates, (d) => (d.rule ? [d.rule] : [])))}`);
  console.log(`  learned top-1     ${fmt(tally(dates, policy(0, 2)))}`);
  if (bestTop1)
    console.log(`  top-1 ≥ ${bestTop1.top.toFixed(2)}     ${fmt(tally(dates, policy(bestTop1.top, 2)))}`);
  console.log(
    `  multi ${best.top.toFixed(2)}/${best.extra.toFixed(2)}   ${fmt(tally(dates, policy(best.top, best.extra)))}`,
  );
  // The hand rules where the model attaches nothing: what a fallback would add.
  const fallback = (d: Scored) => {
    const chosen = policy(best.top, best.extra)(d);
    return chosen.length > 0 ? chosen : d.rule ? [d.rule] : [];
  };
  console.log(`  multi, else rules ${fmt(tally(dates, fallback))}`);
}

// `--errors N`: dates whose best candidate is wrong while another candidate is right.
if (errors > 0) {
  const wrong = scored.filter(
    (d) => d.ranked[0]?.gold.length === 0 && d.ranked.some((r) => r.gold.length > 0),
  );
  const order = random(FIT.seed + 1);
  console.log(`\n${Math.min(errors, wrong.length)} of ${wrong.length} dates ranked wrong first (* = gold):`);
  for (const [d] of wrong
    .map((x) => [x, order()] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, errors)) {
    console.log(`- ${d.corpus}: ${d.context.replace(/\s+/g, ' ')}`);
    console.log(
      `  ranked: ${d.ranked.map((r) => `${r.text}${r.gold.length > 0 ? '*' : ''} ${r.score.toFixed(2)}`).join(', ')}`,
    );
  }
}

// The model stored: fitted on everything, thresholds from the cross-validation.
const w = fitWeights(cases);
const weights = [...w]
  .filter(([, v]) => Math.abs(v) >= 0.01)
  .map(([f, v]) => `${f}=${Number(v.toFixed(3))}`)
  .join(' ');
const all = tally(scored, policy(best.top, best.extra));
const json: AttachmentModelJson = {
  version: 1,
  info: {
    builtFrom: args.map((d) => basename(resolve(d))).join(', '),
    examples: cases.reduce((n, c) => n + c.train.length, 0),
    cvRecall: Number(recall(all).toFixed(3)),
    cvPrecision: Number(precision(all).toFixed(3)),
  },
  top: best.top,
  extra: best.extra,
  weights,
};
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
execFileSync('node_modules/.bin/biome', ['format', '--write', out], { stdio: 'ignore' });
console.log(
  `\n${out}: ${(readFileSync(out).length / 1024).toFixed(0)} KB, ${weights.split(' ').length} weights, top ${json.top}, extra ${json.extra},`,
  `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
