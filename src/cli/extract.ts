import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { MappedArticle } from '../chronology/mapArticle.ts';
import { reduceChronology } from '../chronology/reduceEvents.ts';
import { stageFailure } from '../chronology/stageError.ts';
import { DEFAULT_MAX_ARTICLE_SIZE, formatSize, tooLarge } from '../ingest/parsePlainArticleFile.ts';
import { formatIngestError, type IngestError } from '../model/article.ts';
import { CHRONOLOGY_OPTIONS, type CliIo, EXIT, stdinChunks, writeChronology } from './io.ts';
import { createMapper, defaultJobs, mapInOrder } from './mapPool.ts';
import { formatMapRecord } from './mapRecord.ts';
import { phase } from './phaseTimes.ts';
import { createProgress } from './progress.ts';
import { openSink } from './sink.ts';
import { resolveInputs, streamArticles } from './streamArticles.ts';

/** Help of `chronoscope extract`. */
export const EXTRACT_HELP = `Usage: chronoscope extract <file|folder|-> [...] [-o FILE] [--pretty] [--jsonl] [--jobs N] [--quiet]

Reads articles (.md/.txt with YAML front matter, .html, .jsonl; folders recursively; - for stdin),
tags each against its publication date, extracts and merges events, and writes the chronology JSON
to FILE, or to stdout when -o is not given. Rejected files and lines are reported on stderr as
file:line: problem; the rest still load (exit code 1).

With --jsonl, runs only the map stage and streams one JSON line per article:
{"article": {...}, "events": [...], "errors"?: [...]} (a rejected line: {"errors": [...]}),
reading JSON Lines line by line, so memory holds a few articles whatever the input size.
Reduce such streams with chronoscope merge.

Options:
  -o, --output FILE   write to FILE instead of stdout
      --pretty        indent the JSON
      --jsonl         map only: one JSON line per article, unmerged (for merge, Spark, Hadoop)
  -j, --jobs N        threads for the map stage: 1 maps on this thread, more on N worker threads
                      while this one reads and merges (default: the number of cores, ${defaultJobs()} here)
  -q, --quiet         no progress bar (it is only drawn when stderr is a terminal)
      --max-article-size SIZE
                      refuse longer articles (default ${formatSize(DEFAULT_MAX_ARTICLE_SIZE)}; e.g. 25MB, 500kB)
  -h, --help          show this help
`;

/** V8's interrupt budget when every core maps: about seven times its default (67,584 in V8 11). */
const BUSY_CORES_INTERRUPT_BUDGET = 500_000;

/** Bytecode V8 inlines into one optimized function when every core maps: a quarter of its default (920). */
const BUSY_CORES_INLINED_BYTECODE = 230;

/** The young generation of a map worker's heap without --jsonl, in MB (V8's default is 48). */
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * Articles a map worker maps with --jsonl before a fresh worker takes its place. What a worker's
 * heap holds grows over its first thousands of articles (its caches fill, and V8 sizes the heap
 * after the largest live set it has met: on Timeline17 ten times over, 116–119 MB after 500
 * articles, 126–131 after 1,000, 142–157 after 2,000–2,500), so however long the input, no worker
 * holds more than a worker of this age. A fresh worker costs about 6–8 s of CPU on this 2-core
 * host under load (loading the bundle and models, compiling its hot code again, refilling its
 * caches: 2,000 articles with workers replaced every 500 against none, run side by side, 118.9
 * against 103.5 s; Timeline17 replaced every 200, 166 against 101 s), the time of 115–150
 * articles: about 2% of a worker's 6,000. Timeline17 once (about 1,300 articles a worker) replaces none.
 */
const JSONL_RECYCLE_AFTER = 6_000;

/** \`25MB\`, \`500kB\`, \`1.5M\` or a plain number of characters; undefined when unreadable. */
export function parseSize(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(k|m|g)?b?\s*$/i.exec(s);
  if (!m) return undefined;
  const unit = { k: 1e3, m: 1e6, g: 1e9 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  const n = Math.round(Number(m[1]) * unit);
  return n > 0 ? n : undefined;
}

/** Parses `--jobs`: a whole number of threads, at least 1. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return defaultJobs();
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
}

/** `chronoscope extract`: the map stage over every input, then the reduce, or `--jsonl` map records. */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...CHRONOLOGY_OPTIONS,
      jsonl: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      'max-article-size': { type: 'string' },
    },
  });
  const sizeArg = values['max-article-size'];
  const limit = sizeArg === undefined ? DEFAULT_MAX_ARTICLE_SIZE : parseSize(sizeArg);
  if (limit === undefined) {
    io.stderr(`chronoscope extract: --max-article-size wants a size such as 25MB (got ${sizeArg})\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(EXTRACT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    io.stderr(`chronoscope extract: no input given\n\n${EXTRACT_HELP}`);
    return EXIT.usage;
  }
  const jobs = parseJobs(values.jobs);
  if (jobs === undefined) {
    io.stderr(`chronoscope extract: --jobs must be a whole number of at least 1 (got ${values.jobs})\n`);
    return EXIT.usage;
  }
  // Streaming the map allocates briskly and keeps little (a few articles and the models): V8 would
  // let each heap grow to several times what is live before collecting, by a factor it adapts as it
  // goes, so the peak memory crept up with the length of the input. A fixed factor of 1.5, and a
  // young generation of at most 8 MB a half, keep the peak in step with what is live, for every
  // thread (the flags are read at each collection). On Timeline17 once and ten times over: 414 and
  // 441 MB (1.07), against 467 and 525 MB (1.12) with a factor of 2 and the default young
  // generation, for about 13% more time. Without --jsonl every result is kept for the reduce
  // anyway, and fewer collections are faster.
  if (values.jsonl) setFlagsFromString('--heap-growing-percent=50 --max-semi-space-size=8');
  // V8 optimizes a function once it has run about 66 kB of bytecode, and again after each
  // deoptimization, on background threads: over a few thousand articles the map's thousands of
  // functions all get there. On Timeline17 the background threads, compiling mostly, took 6.3 s
  // of CPU per mapping thread (beside its 21 s). With a core to spare that costs no time; when
  // every core maps, it is taken from the map. Then the budget is raised: V8 optimizes what runs
  // most, later and fewer times (3.5 s in the background instead of 6.3 s, for 0.9 s more of
  // mapping). Set before the map's code loads; the workers share the setting. Not with --jsonl,
  // whose memory must not grow with the input: with the budget its peak grew more with the input
  // (442 MB on Timeline17 once, 523 MB on it ten times) than without (480 and 530 MB).
  // And each optimized function inlines a quarter of V8's default of its callees' bytecode: compiles
  // are smaller, and a rare branch first met in an inlined callee (most of the map's
  // deoptimizations: rules' rare cases, a read past an array's end) throws away less compiled code.
  // Two more for the same case. A scavenge of the young generation is shared with V8's helper
  // threads: with every core mapping they only take turns with the map, at the cost of sharing
  // (--no-parallel-scavenge keeps it on the heap's own thread; --single-threaded-gc would do more,
  // but set after start-up it crashes this thread's heap in the middle of its concurrent marking).
  // And a function runs in V8's interpreter until it has run a while, then in baseline code compiled
  // from its bytecode in one pass: every worker pays that start again, so functions are compiled to
  // baseline code at once (--always-sparkplug). On Timeline17 with --jobs 2, three rounds of runs
  // side by side (a shared machine at load 12-13): 50.8 s of CPU before, 49.1 s after
  // (--always-sparkplug alone: 50.1 s).
  const busyCores = !values.jsonl && jobs >= defaultJobs();
  if (busyCores)
    setFlagsFromString(
      `--interrupt-budget=${BUSY_CORES_INTERRUPT_BUDGET} --max-inlined-bytecode-size-cumulative=${BUSY_CORES_INLINED_BYTECODE}` +
        ' --no-parallel-scavenge --always-sparkplug',
    );
  phase('start', io.stderr);
  const inputs = resolveInputs(positionals);
  const progress = createProgress(values.quiet ? undefined : io.progressTerminal, inputs.bytes, 'extract');
  // Every result is kept for the reduce (on this thread), so a worker's heap holds little beyond
  // the models, and it allocates briskly: a young generation twice V8's default (semi-spaces of
  // 32 MB) halves its scavenges and promotes less to the old generation, for ~32 MB more per worker.
  // With --jsonl the flags above keep memory flat instead, and each worker is replaced by a fresh
  // one after JSONL_RECYCLE_AFTER articles.
  const mapper = createMapper(
    jobs,
    values.jsonl ? { recycleAfter: JSONL_RECYCLE_AFTER } : { youngGenerationMb: WORKER_YOUNG_GENERATION_MB },
  );
  const errors: IngestError[] = [];
  const mapped: MappedArticle[] = [];
  let articles = 0;
  let events = 0;
  const sink = values.jsonl ? openSink(values.output, io) : undefined;
  try {
    const results = mapInOrder(
      streamArticles(inputs, () => stdinChunks(io), values.jsonl),
      async (r) => {
        const article = r.article;
        if (!article) return { record: r, mapped: undefined };
        // Refused when too long; a stage that throws on one article loses only that article.
        if (article.text.length > limit) {
          const refused = tooLarge(
            article.origin?.file ?? article.id,
            article.origin?.line ?? 1,
            article.text.length,
            limit,
            'the article',
          );
          return { record: { ...r, errors: [...r.errors, refused] }, mapped: undefined };
        }
        try {
          return { record: r, mapped: await mapper.map(article) };
        } catch (error) {
          return { record: { ...r, errors: [...r.errors, stageFailure(article, error)] }, mapped: undefined };
        }
      },
      mapper.window,
    );
    for await (const { record, mapped: m } of results) {
      errors.push(...record.errors);
      if (m) {
        articles++;
        events += m.events.length;
      }
      if (sink) await sink.write(formatMapRecord(m, record.errors));
      else if (m) mapped.push(m);
      progress.tick(m ? 1 : 0, record.bytes);
    }
  } finally {
    progress.stop();
    await sink?.close();
    phase('map', io.stderr);
    await mapper.close();
  }
  phase('workers-closed', io.stderr);
  if (!sink) {
    // The workers are gone and their cores idle: the reduce, which allocates briskly on this
    // thread, shares its scavenges with V8's helper threads again (the flag is read at each
    // scavenge). The reduce of all Timeline17's map records, run once in a fresh process with the
    // flags above: 2.87 → 2.42 s of this thread's CPU (medians of 3), the same output. Node calls a
    // flag changed after start-up undefined behaviour: this rests on V8 reading the flag at each
    // scavenge (so in Node 20's V8), and is to be measured again when Node is upgraded.
    if (busyCores) setFlagsFromString('--parallel-scavenge');
    const chronology = reduceChronology(mapped, errors);
    events = chronology.events.length;
    phase('reduce', io.stderr);
    await writeChronology(io, chronology, values.output, values.pretty === true);
    phase('write', io.stderr);
  }
  for (const e of errors) io.stderr(`${formatIngestError(e)}\n`);
  // Warnings (a guessed encoding, a dropped link) keep the article and the exit code.
  const rejected = errors.filter((e) => e.severity !== 'warning').length;
  const warnings = errors.length - rejected;
  io.stderr(
    `chronoscope: ${articles} articles, ${events} ${sink ? 'unmerged ' : ''}events` +
      `${rejected ? `, ${rejected} problems` : ''}${warnings ? `, ${warnings} warnings` : ''}` +
      `${values.output ? ` → ${values.output}` : ''}\n`,
  );
  return rejected > 0 ? EXIT.rejected : EXIT.ok;
}
