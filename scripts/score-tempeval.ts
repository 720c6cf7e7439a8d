/**
 * TempEval-3 Task A scorer: `npm run score:tempeval -- DIR [DIR…] [--errors FILE] [--json]`.
 * Runs Chronoscope's tagger and bare chrono-node over every `.tml` file under each DIR, given
 * the plain text of <TEXT> and the DCT, and prints strict/relaxed extent P/R/F1 and type/value
 * accuracy and F1 as defined by the official TE3 toolkit (value compared as an exact string,
 * `mod` ignored). With several DIRs, one row per corpus plus the total.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chronoBaseline } from '../src/temporal/eval/chronoBaseline.ts';
import { matchTimexes } from '../src/temporal/eval/matchTimexes.ts';
import type { TimeMLDocument } from '../src/temporal/eval/readTimeML.ts';
import {
  addCounts,
  countAlignment,
  EMPTY_COUNTS,
  type TaskACounts,
  taskAScores,
} from '../src/temporal/eval/taskAScores.ts';
import {
  type TextTimex,
  type TimexError,
  timexErrors,
  timexErrorsToTsv,
} from '../src/temporal/eval/timexErrors.ts';
import { tag } from '../src/temporal/tag.ts';
import { formatScoreRow, SCORE_HEADER } from './tempeval/formatScores.ts';
import { loadTimeMLCorpus } from './tempeval/loadTimeMLCorpus.ts';

type Tagger = (text: string, reference: string) => TextTimex[];

const SYSTEMS: ReadonlyArray<readonly [string, Tagger]> = [
  ['Chronoscope', (text, reference) => tag(text, { reference }).map((t) => ({ ...t }))],
  ['chrono-node', chronoBaseline],
];

interface TypeTally {
  gold: number;
  found: number;
  valueRight: number;
}

interface SystemRun {
  counts: TaskACounts;
  /** Recall broken down by gold type, to show the tagger where it is weakest. */
  byType: Record<string, TypeTally>;
  errors: TimexError[];
  failures: string[];
  ms: number;
}

function runSystem(docs: readonly TimeMLDocument[], tagger: Tagger): SystemRun {
  const run: SystemRun = { counts: EMPTY_COUNTS, byType: {}, errors: [], failures: [], ms: 0 };
  for (const doc of docs) {
    let found: TextTimex[] = [];
    const t0 = performance.now();
    try {
      found = tagger(doc.text, doc.dct);
    } catch (error) {
      // A crash scores as "found nothing" for that document, and is reported.
      run.failures.push(`${doc.docId}: ${(error as Error).message}`);
    }
    run.ms += performance.now() - t0;
    const alignment = matchTimexes<TextTimex, TextTimex>(doc.timexes, found);
    run.counts = addCounts(run.counts, countAlignment(alignment));
    run.errors.push(...timexErrors(doc.docId, doc.text, alignment));
    for (const gold of doc.timexes) {
      run.byType[gold.type] ??= { gold: 0, found: 0, valueRight: 0 };
      (run.byType[gold.type] as TypeTally).gold++;
    }
    for (const { gold, system } of alignment.matches) {
      const tally = run.byType[gold.type] as TypeTally;
      tally.found++;
      if (gold.value === system.value) tally.valueRight++;
    }
  }
  return run;
}

function parseArgs(argv: readonly string[]) {
  const dirs: string[] = [];
  let errorsFile: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--errors') errorsFile = argv[++i];
    else if (arg.startsWith('--errors=')) errorsFile = arg.slice('--errors='.length);
    else dirs.push(arg);
  }
  if (dirs.length === 0) {
    dirs.push('../shared/tempeval/TBAQ-cleaned/TimeBank', '../shared/tempeval/TBAQ-cleaned/AQUAINT');
  }
  return { dirs, errorsFile, json };
}

const { dirs, errorsFile, json } = parseArgs(process.argv.slice(2));
const rows: Array<{ corpus: string; system: string; docs: number; run: SystemRun }> = [];
for (const dir of dirs) {
  const docs = loadTimeMLCorpus(dir);
  for (const [system, tagger] of SYSTEMS) {
    rows.push({ corpus: basename(resolve(dir)), system, docs: docs.length, run: runSystem(docs, tagger) });
  }
}
if (dirs.length > 1) {
  for (const [system] of SYSTEMS) {
    const mine = rows.filter((r) => r.system === system);
    rows.push({
      corpus: 'all',
      system,
      docs: mine.reduce((n, r) => n + r.docs, 0),
      run: {
        counts: mine.reduce((c, r) => addCounts(c, r.run.counts), EMPTY_COUNTS),
        byType: {},
        errors: [],
        failures: mine.flatMap((r) => r.run.failures),
        ms: mine.reduce((n, r) => n + r.run.ms, 0),
      },
    });
  }
}

if (errorsFile) {
  const ours = rows.filter((r) => r.system === 'Chronoscope' && r.corpus !== 'all');
  writeFileSync(errorsFile, timexErrorsToTsv(ours.flatMap((r) => r.run.errors)));
}

if (json) {
  const out = rows.map(({ corpus, system, docs, run }) => ({
    corpus,
    system,
    docs,
    byType: run.byType,
    failures: run.failures,
    ms: Math.round(run.ms),
    ...taskAScores(run.counts),
  }));
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(
    'TempEval-3 Task A (TE3 toolkit definitions: relaxed = any overlap, one-to-one; value exact, mod ignored)',
  );
  console.log(SCORE_HEADER);
  for (const { corpus, system, run } of rows)
    console.log(formatScoreRow(corpus, system, taskAScores(run.counts)));
  for (const { corpus, system, docs, run } of rows) {
    if (corpus === 'all') continue;
    console.log(`${corpus} ${system}: ${docs} docs, ${run.ms.toFixed(0)} ms, ${run.failures.length} crashes`);
    for (const failure of run.failures.slice(0, 5)) console.log(`  crash ${failure}`);
    const types = ['DATE', 'TIME', 'DURATION', 'SET']
      .flatMap((type) => (run.byType[type] ? [[type, run.byType[type]] as const] : []))
      .map(
        ([type, t]) =>
          `${type} ${t.gold}: found ${((100 * t.found) / t.gold).toFixed(1)}%, value ${((100 * t.valueRight) / t.gold).toFixed(1)}%`,
      );
    console.log(`  recall by gold type — ${types.join('; ')}`);
  }
  if (errorsFile) console.log(`errors written to ${errorsFile}`);
}
