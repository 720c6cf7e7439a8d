/**
 * Anchoring scorer: `npm run score:anchoring -- DIR… [--errors N] [--seed S] [--level L]`.
 * Runs the whole pipeline (`buildChronology`) on each TimeML document under each DIR, read as a
 * user's JSONL article would be (body = the plain text of <TEXT>, published = the DCT), and scores
 * its (trigger, date) pairs against the gold TLINKs that anchor an event to a DATE or TIME in the
 * text (see src/events/eval/scoreAnchoring.ts). Prints per corpus and overall, at trigger level and
 * at sentence level (what dating alone achieves). `--errors N` prints N seeded-random missed gold
 * pairs and N unmatched system pairs at level L (`trigger` by default, or `sentence`).
 * `--fold K/N` scores only the documents whose index in their corpus is K modulo N, so that a
 * change made while reading some documents can be checked on others. `--breakdown` prints, per
 * corpus, why the missed gold pairs (trigger level) were missed (see src/events/eval/missBreakdown.ts),
 * and what the gold annotation lets any anchoring reach (src/events/eval/anchoringCeiling.ts).
 * `--cause C` lists only missed pairs whose cause (as `--breakdown` names it) starts with C.
 */
import { basename, resolve } from 'node:path';
import { buildChronology } from '../src/chronology/buildChronology.ts';
import { canAnchor } from '../src/events/anchoring/eventTime.ts';
import { markSpans, sampleItems, sentencesAround } from '../src/events/eval/anchorErrors.ts';
import {
  type AnchoringCeiling,
  addCeilings,
  anchoringCeiling,
  NO_CEILING,
} from '../src/events/eval/anchoringCeiling.ts';
import { missCause, tallyCauses } from '../src/events/eval/missBreakdown.ts';
import {
  type AnchorCounts,
  type AnchorLevel,
  addAnchorCounts,
  anchorScores,
  contains,
  type GoldAnchorPair,
  goldAnchorPairs,
  NO_ANCHOR_COUNTS,
  type SystemAnchorPair,
  scoreAnchoring,
  systemAnchorPairs,
} from '../src/events/eval/scoreAnchoring.ts';
import { type ExtractTrace, extractEvents } from '../src/events/extractEvents.ts';
import { annotate } from '../src/events/nlp/annotate.ts';
import { segmentSentences } from '../src/events/nlp/segmentSentences.ts';
import { parseArticleFile } from '../src/ingest/parseArticleFile.ts';
import type { Article } from '../src/model/article.ts';
import type { TimeMLDocument } from '../src/temporal/eval/readTimeML.ts';
import { tag } from '../src/temporal/tag.ts';
import { seededRandom } from '../src/timeline/synthetic.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

const LEVELS: readonly AnchorLevel[] = ['trigger', 'sentence'];

/**
 * The article `chronoscope extract` reads from a JSONL line holding the document: JSONL keeps the
 * body verbatim (no trimming), so gold offsets into the TimeML text stay valid.
 */
function articleOf(doc: TimeMLDocument): Article {
  const line = { id: doc.docId, source: 'TimeML', published: doc.dct, text: doc.text };
  // The title defaults to the first line of text, as for any JSONL article; the id if there is none.
  const parsed = parseArticleFile(`${doc.docId}.jsonl`, JSON.stringify(line));
  const article =
    parsed.articles[0] ??
    parseArticleFile(`${doc.docId}.jsonl`, JSON.stringify({ ...line, title: doc.docId })).articles[0];
  if (!article || article.text !== doc.text)
    throw new Error(`${doc.docId}: the article body differs from <TEXT>`);
  return article as Article;
}

interface DocResult {
  readonly doc: TimeMLDocument;
  readonly gold: readonly GoldAnchorPair[];
  readonly system: Readonly<Record<AnchorLevel, readonly SystemAnchorPair[]>>;
  readonly missed: Readonly<Record<AnchorLevel, readonly GoldAnchorPair[]>>;
  readonly unmatched: Readonly<Record<AnchorLevel, readonly SystemAnchorPair[]>>;
  readonly counts: Readonly<Record<AnchorLevel, AnchorCounts>>;
}

interface CorpusRun {
  readonly corpus: string;
  readonly docs: DocResult[];
  readonly failures: string[];
  ms: number;
}

function scoreDocument(doc: TimeMLDocument, failures: string[]): DocResult {
  const gold = goldAnchorPairs(doc);
  let pairs = {
    triggerPairs: [] as readonly SystemAnchorPair[],
    sentencePairs: [] as readonly SystemAnchorPair[],
  };
  try {
    const article = articleOf(doc);
    pairs = systemAnchorPairs(buildChronology([article]).events, article.id);
  } catch (error) {
    // A crash scores as "found nothing" for that document, and is reported.
    failures.push(`${doc.docId}: ${(error as Error).message}`);
  }
  const system = { trigger: pairs.triggerPairs, sentence: pairs.sentencePairs };
  const trigger = scoreAnchoring(gold, system.trigger, 'trigger');
  const sentence = scoreAnchoring(gold, system.sentence, 'sentence');
  return {
    doc,
    gold,
    system,
    missed: { trigger: trigger.missed, sentence: sentence.missed },
    unmatched: { trigger: trigger.unmatched, sentence: sentence.unmatched },
    counts: { trigger: trigger.counts, sentence: sentence.counts },
  };
}

function runCorpus(dir: string, fold?: readonly [number, number]): CorpusRun {
  const run: CorpusRun = { corpus: basename(resolve(dir)), docs: [], failures: [], ms: 0 };
  const docs = loadTimeMLCorpus(dir).filter((_d, i) => !fold || i % fold[1] === fold[0]);
  const t0 = performance.now();
  for (const doc of docs) run.docs.push(scoreDocument(doc, run.failures));
  run.ms = performance.now() - t0;
  return run;
}

const ratio = (x: number | undefined) => (x === undefined ? '  n/a' : x.toFixed(3));

function formatRow(corpus: string, docs: number, level: AnchorLevel, c: AnchorCounts): string {
  const s = anchorScores(c);
  return [
    corpus.padEnd(10),
    String(docs).padStart(5),
    level.padEnd(9),
    String(c.gold).padStart(5),
    String(c.found).padStart(6),
    String(c.system).padStart(6),
    String(c.matched).padStart(8),
    ratio(s.recall).padStart(7),
    ratio(s.precision).padStart(10),
  ].join(' ');
}

const HEADER = [
  'corpus'.padEnd(10),
  'docs'.padStart(5),
  'level'.padEnd(9),
  'gold'.padStart(5),
  'found'.padStart(6),
  'system'.padStart(6),
  'matched'.padStart(8),
  'recall'.padStart(7),
  'precision'.padStart(10),
].join(' ');

function parseArgs(argv: readonly string[]) {
  const dirs: string[] = [];
  let errors = 0;
  let seed = 17;
  let level: AnchorLevel = 'trigger';
  let fold: [number, number] | undefined;
  let breakdown = false;
  let cause: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = () => inline ?? (argv[++i] as string);
    if (flag === '--errors') errors = Number(value());
    else if (flag === '--seed') seed = Number(value());
    else if (flag === '--level') level = value() as AnchorLevel;
    else if (flag === '--fold') fold = value().split('/').map(Number) as [number, number];
    else if (flag === '--breakdown') breakdown = true;
    else if (flag === '--cause') cause = value();
    else dirs.push(arg);
  }
  const badFold = fold !== undefined && !(fold[1]! > 0 && fold[0]! >= 0 && fold[0]! < fold[1]!);
  if (dirs.length === 0 || !Number.isInteger(errors) || errors < 0 || !LEVELS.includes(level) || badFold) {
    console.error(
      'usage: npm run score:anchoring -- DIR… [--errors N] [--seed S] [--level trigger|sentence] [--fold K/N] [--breakdown] [--cause C]',
    );
    process.exit(2);
  }
  return { dirs, errors, seed, level, fold, breakdown, cause };
}

/** Sentence starts per document, computed only for the documents whose errors are printed. */
const sentenceCache = new Map<TimeMLDocument, readonly number[]>();
function windowOf(doc: TimeMLDocument, from: number, to: number) {
  let starts = sentenceCache.get(doc);
  if (!starts) {
    starts = annotate(doc.text).sentenceStarts;
    sentenceCache.set(doc, starts);
  }
  return sentencesAround(starts, doc.text.length, from, to);
}

const quote = (p: SystemAnchorPair) => `${p.trigger ? `[[${p.trigger.text}]] ` : ''}{{${p.timex.text}}}`;

function printMissed(result: DocResult, gold: GoldAnchorPair, level: AnchorLevel): void {
  const { doc } = result;
  const from = Math.min(gold.event.start, gold.timex.start);
  const to = Math.max(gold.event.end, gold.timex.end);
  const marks = [
    { span: gold.event, open: '[[', close: ']]' },
    { span: gold.timex, open: '{{', close: '}}' },
  ];
  const cause = causeOf.get(gold);
  console.log(
    `- ${doc.docId} ${gold.eid} ${gold.event.eventClass} ${gold.relation} ${gold.tid}=${gold.timex.value}${cause ? ` (${cause})` : ''}`,
  );
  console.log(`  ${markSpans(doc.text, windowOf(doc, from, to), marks)}`);
  // What the system said about that sentence, to tell a wrong trigger from a wrong date.
  const near = result.system[level].filter((p) => contains(p.sentence, gold.event));
  console.log(`  system here: ${near.length > 0 ? near.map(quote).join('; ') : '-'}`);
}

function printUnmatched(result: DocResult, pair: SystemAnchorPair): void {
  const { doc } = result;
  const marks = [
    ...(pair.trigger ? [{ span: pair.trigger, open: '[[', close: ']]' }] : []),
    { span: pair.timex, open: '{{', close: '}}' },
  ];
  console.log(`- ${doc.docId} ${pair.eventId} ${pair.timex.value}`);
  // The mention's own sentence, as the pipeline cut it; a date inherited from an earlier
  // mention of the event is shown in its own sentence.
  console.log(
    `  ${markSpans(
      doc.text,
      pair.sentence,
      marks.filter((m) => contains(pair.sentence, m.span)),
    )}`,
  );
  if (!contains(pair.sentence, pair.timex))
    console.log(`  dated by: ${markSpans(doc.text, windowOf(doc, pair.timex.start, pair.timex.end), marks)}`);
  const near = result.gold.filter((g) => contains(pair.sentence, g.event));
  console.log(
    `  gold here: ${near.length > 0 ? near.map((g) => `[[${g.event.text}]] ${g.relation} {{${g.timex.text}}}`).join('; ') : '-'}`,
  );
}

/**
 * Why each missed gold pair (trigger level) of a document was missed: extraction is run again on
 * its own, with a trace, against the tagger's expressions.
 */
const causeOf = new Map<GoldAnchorPair, string>();
function missCauses(result: DocResult): string[] {
  if (result.missed.trigger.length === 0) return [];
  const article = articleOf(result.doc);
  const timexes = tag(article.text, { reference: article.published });
  const trace: ExtractTrace = { skipped: [], drafts: [], dropped: [], anchors: [] };
  const events = extractEvents(article, timexes, trace);
  const record = { sentences: segmentSentences(article.text), timexes, events, trace };
  const { triggerPairs } = systemAnchorPairs(events, article.id);
  return result.missed.trigger.map((g) => {
    const cause =
      scoreAnchoring([g], triggerPairs, 'trigger').missed.length === 0
        ? 'found by extraction, lost after it'
        : missCause(g, record);
    causeOf.set(g, cause);
    return cause;
  });
}

/** What the gold annotation of a document lets anchoring reach, against the tagger's placeable dates. */
function ceilingOf(result: DocResult): AnchoringCeiling {
  const { doc } = result;
  const dates = tag(doc.text, { reference: doc.dct }).filter((t) => t.range !== undefined && canAnchor(t));
  return anchoringCeiling(result.gold, doc.events, segmentSentences(doc.text), dates);
}

const fraction = (n: number, of: number) => (of > 0 ? (n / of).toFixed(3) : 'n/a');

function printBreakdown(run: CorpusRun): void {
  const causes = run.docs.flatMap(missCauses);
  console.log(`\n${run.corpus}: ${causes.length} missed gold pairs (trigger level), by cause:`);
  for (const [cause, n] of tallyCauses(causes))
    console.log(`${String(n).padStart(6)} ${((100 * n) / causes.length).toFixed(1).padStart(5)}%  ${cause}`);
  const c = run.docs.map(ceilingOf).reduce(addCeilings, NO_CEILING);
  console.log(
    `${run.corpus} ceiling: ${c.sameSentence} of ${c.goldPairs} gold pairs (${fraction(c.sameSentence, c.goldPairs)}) have the event in the date's sentence, the most dating within a sentence can find;`,
  );
  console.log(
    `  of ${c.undatedEvents} gold events (no STATE/I_STATE) in sentences without a placeable date, ${c.undatedLinked} (${fraction(c.undatedLinked, c.undatedEvents)}) have a gold date elsewhere and ${c.undatedToPrevious} (${fraction(c.undatedToPrevious, c.undatedEvents)}) the latest earlier one: the precision, at best, of carrying a date to them with gold triggers.`,
  );
}

const { dirs, errors, seed, level, fold, breakdown, cause } = parseArgs(process.argv.slice(2));
const t0 = performance.now();
const runs = dirs.map((dir) => runCorpus(dir, fold));
console.log('Anchoring: (event, date) pairs against gold TLINKs to a DATE/TIME in the text');
console.log(
  '(IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS; no STATE/I_STATE; precision is a lower bound)',
);
console.log(HEADER);
const rows = [...runs];
for (const lv of LEVELS) {
  for (const run of rows) {
    const counts = run.docs.reduce((c, d) => addAnchorCounts(c, d.counts[lv]), NO_ANCHOR_COUNTS);
    console.log(formatRow(run.corpus, run.docs.length, lv, counts));
  }
  if (runs.length > 1) {
    const all = runs.flatMap((r) => r.docs);
    const counts = all.reduce((c, d) => addAnchorCounts(c, d.counts[lv]), NO_ANCHOR_COUNTS);
    console.log(formatRow('all', all.length, lv, counts));
  }
}
for (const run of runs) {
  console.log(
    `${run.corpus}: ${run.docs.length} docs, ${run.ms.toFixed(0)} ms, ${run.failures.length} crashes`,
  );
  for (const failure of run.failures.slice(0, 5)) console.log(`  crash ${failure}`);
}

if (breakdown) for (const run of runs) printBreakdown(run);

if (errors > 0) {
  const all = runs.flatMap((r) => r.docs);
  // Causes are found at trigger level; with --cause, only the missed pairs of that cause are sampled.
  if (cause !== undefined && !breakdown) for (const d of all) missCauses(d);
  const missed = all
    .flatMap((d) => d.missed[level].map((g) => [d, g] as const))
    .filter(([, g]) => cause === undefined || (causeOf.get(g) ?? '').startsWith(cause));
  const unmatched = all.flatMap((d) => d.unmatched[level].map((p) => [d, p] as const));
  console.log(
    `\n${Math.min(errors, missed.length)} of ${missed.length} missed gold pairs (${level} level, seed ${seed}):`,
  );
  for (const [d, g] of sampleItems(missed, errors, seededRandom(seed))) printMissed(d, g, level);
  console.log(
    `\n${Math.min(errors, unmatched.length)} of ${unmatched.length} unmatched system pairs (${level} level, seed ${seed}):`,
  );
  for (const [d, p] of sampleItems(unmatched, errors, seededRandom(seed + 1))) printUnmatched(d, p);
}
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);
