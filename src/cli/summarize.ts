import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildChronology } from '../chronology/buildChronology.ts';
import { articleDatesOf, summarizeCollection } from '../chronology/salience/summarizeCollection.ts';
import { parseArticleFiles } from '../ingest/parseArticleFile.ts';
import { isIsoDate } from '../ingest/validateMeta.ts';
import { type Article, formatIngestError, type IngestError } from '../model/article.ts';
import type { Chronology } from '../model/chronology.ts';
import { validateChronology } from '../model/validateChronology.ts';
import { readInputs } from './readInputs.ts';

/** Where the command writes and reads standard input (the CLI's `CliIo`). */
export interface SummarizeIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string | Uint8Array;
}

/** Help text of `chronoscope summarize`. */
export const SUMMARIZE_HELP = `Usage: chronoscope summarize <file|folder|-> [...] --dates N [--sentences K] [--from DATE] [--to DATE]

Writes a timeline of the N days the collection points at most, as JSON sorted by date:
[{"date": "YYYY-MM-DD", "text": "…", "events": ["event id", …]}]. Days are ranked by how many
articles name them (references from articles published later weigh more) and how many articles
appeared on them; each day's text is the K sentences (default 1) closest to the centroid of the
sentences naming it, without near-duplicates. Inputs are what extract reads, or a chronology JSON
written by extract (then the sentences come from its events).

Options:
      --dates N       number of days (required)
      --sentences K   sentences per day (default 1)
      --from DATE     earliest day to choose, YYYY-MM-DD
      --to DATE       latest day to choose, YYYY-MM-DD
  -h, --help          show this help
`;

function positiveInt(v: string | undefined): number | null {
  if (v === undefined || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

function readChronologyFile(path: string): { chronology?: Chronology; error?: IngestError } {
  try {
    const parsed = validateChronology(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.ok) return { chronology: parsed.chronology };
    return { error: { file: path, line: 0, message: `not a chronology: ${parsed.errors[0]}` } };
  } catch (e) {
    return { error: { file: path, line: 0, message: `cannot read: ${(e as Error).message}` } };
  }
}

/** Runs `chronoscope summarize` with its arguments; returns the exit code (0, 1 rejected input, 2 usage). */
export function runSummarize(args: string[], io: SummarizeIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dates: { type: 'string' },
      sentences: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(SUMMARIZE_HELP);
    return 0;
  }
  const dates = positiveInt(values.dates);
  const sentences = values.sentences === undefined ? 1 : positiveInt(values.sentences);
  const badDate = [values.from, values.to].find((d) => d !== undefined && !isIsoDate(d));
  if (dates === null || sentences === null || badDate !== undefined || positionals.length === 0) {
    const problem =
      positionals.length === 0
        ? 'no input given'
        : dates === null
          ? `--dates N is required, a positive whole number (got ${values.dates ?? 'nothing'})`
          : sentences === null
            ? `--sentences must be a positive whole number (got ${values.sentences})`
            : `dates are YYYY-MM-DD (got ${badDate})`;
    io.stderr(`chronoscope summarize: ${problem}\n\n${SUMMARIZE_HELP}`);
    return 2;
  }
  const jsonInputs = positionals.filter((p) => p.toLowerCase().endsWith('.json'));
  const articleInputs = positionals.filter((p) => !p.toLowerCase().endsWith('.json'));
  const errors: IngestError[] = [];
  const options = { dates, sentences, from: values.from, to: values.to };
  let summary: ReturnType<typeof summarizeCollection>;
  if (jsonInputs.length > 0 && articleInputs.length === 0) {
    if (jsonInputs.length > 1) {
      io.stderr('chronoscope summarize: give one chronology JSON, or articles\n');
      return 2;
    }
    const { chronology, error } = readChronologyFile(jsonInputs[0]!);
    if (!chronology) {
      io.stderr(`${formatIngestError(error!)}\n`);
      return 1;
    }
    summary = summarizeCollection(chronology, options);
  } else {
    if (jsonInputs.length > 0) {
      io.stderr('chronoscope summarize: give articles or one chronology JSON, not both\n');
      return 2;
    }
    const read = readInputs(articleInputs, io.readStdin);
    const parsed = parseArticleFiles(read.files);
    errors.push(...read.errors, ...parsed.errors);
    // Key days are counted from publication dates: an article without one has none to give.
    const articles = parsed.articles.filter((a): a is Article => a.published !== undefined);
    const chronology = buildChronology(articles);
    summary = summarizeCollection(chronology, options, articles, articleDatesOf(articles));
  }
  io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  for (const e of errors) io.stderr(`${formatIngestError(e)}\n`);
  return errors.length > 0 ? 1 : 0;
}
