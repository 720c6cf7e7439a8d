import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildChronology } from '../chronology/buildChronology.ts';
import { decodeText } from '../ingest/decodeText.ts';
import { DEFAULT_MAX_ARTICLE_SIZE, formatSize, parseArticleFiles } from '../ingest/parseArticleFile.ts';
import { isIsoDate } from '../ingest/validateMeta.ts';
import { formatIngestError } from '../model/article.ts';
import { tag } from '../temporal/tag.ts';
import { readInputs } from './readInputs.ts';

/** Exit codes: 0 all input accepted, 1 some input rejected, 2 usage error. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

/** Where the CLI writes; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string | Uint8Array;
}

const MAIN_HELP = `chronoscope — turn news articles into an explorable chronology

Usage:
  chronoscope extract <file|folder|-> [...] [-o FILE]   build a chronology JSON
  chronoscope tag --dct YYYY-MM-DD <file|->            tag temporal expressions (TIMEX3)
  chronoscope <command> --help                         help for a command

Exit codes: 0 ok, 1 some input rejected, 2 usage error.
`;

const EXTRACT_HELP = `Usage: chronoscope extract <file|folder|-> [...] [-o FILE] [--pretty]

Reads articles (.md/.txt with YAML front matter, .html, .jsonl; folders recursively; - for stdin),
tags each against its publication date, extracts and merges events, and writes the chronology JSON
to FILE, or to stdout when -o is not given. Rejected files and lines are reported on stderr as
file:line: problem; the rest still load (exit code 1).

Options:
  -o, --output FILE   write to FILE instead of stdout
      --pretty        indent the JSON
      --max-article-size SIZE
                      refuse longer articles (default ${formatSize(DEFAULT_MAX_ARTICLE_SIZE)}; e.g. 25MB, 500kB)
  -h, --help          show this help
`;

/** `25MB`, `500kB`, `1.5M` or a plain number of characters; undefined when unreadable. */
export function parseSize(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(k|m|g)?b?\s*$/i.exec(s);
  if (!m) return undefined;
  const unit = { k: 1e3, m: 1e6, g: 1e9 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  const n = Math.round(Number(m[1]) * unit);
  return n > 0 ? n : undefined;
}

const TAG_HELP = `Usage: chronoscope tag --dct YYYY-MM-DD <file|->

Prints {"timexes": [{start, end, text, type, value, mod?}]} for the plain text of FILE (or stdin),
with TIMEX3 types and values normalized against the document creation time, and UTF-16 offsets.

Options:
      --dct DATE      document creation time (reference date), YYYY-MM-DD (required)
      --explain       also print precision, range, tags and the explanation of each value
  -h, --help          show this help
`;

function runExtract(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      pretty: { type: 'boolean' },
      'max-article-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const sizeArg = values['max-article-size'];
  const maxArticleSize = sizeArg === undefined ? undefined : parseSize(sizeArg);
  if (sizeArg !== undefined && maxArticleSize === undefined) {
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
  const read = readInputs(positionals, io.readStdin);
  const parsed = parseArticleFiles(read.files, { maxArticleSize });
  const chronology = buildChronology(parsed.articles, [...read.errors, ...parsed.errors]);
  const errors = chronology.errors ?? [];
  const rejected = errors.filter((e) => e.severity !== 'warning').length;
  const json = `${JSON.stringify(chronology, null, values.pretty ? 2 : undefined)}\n`;
  if (values.output) {
    mkdirSync(dirname(values.output), { recursive: true });
    writeFileSync(values.output, json);
  } else {
    io.stdout(json);
  }
  for (const e of errors) io.stderr(`${formatIngestError(e)}\n`);
  io.stderr(
    `chronoscope: ${chronology.articles.length} articles, ${chronology.events.length} events` +
      `${rejected ? `, ${rejected} problems` : ''}${errors.length > rejected ? `, ${errors.length - rejected} warnings` : ''}` +
      `${values.output ? ` → ${values.output}` : ''}\n`,
  );
  return rejected > 0 ? EXIT.rejected : EXIT.ok;
}

function runTag(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dct: { type: 'string' }, explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(TAG_HELP);
    return EXIT.ok;
  }
  if (!values.dct || !isIsoDate(values.dct)) {
    io.stderr(
      `chronoscope tag: --dct YYYY-MM-DD is required (got ${values.dct ?? 'nothing'})\n\n${TAG_HELP}`,
    );
    return EXIT.usage;
  }
  if (positionals.length !== 1) {
    io.stderr(`chronoscope tag: give exactly one file, or - for stdin\n\n${TAG_HELP}`);
    return EXIT.usage;
  }
  const path = positionals[0]!;
  let text: string;
  try {
    const raw = path === '-' ? io.readStdin() : readFileSync(path);
    text = typeof raw === 'string' ? raw : decodeText(raw).text;
  } catch (e) {
    io.stderr(`${path}:0: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT.rejected;
  }
  const timexes = tag(text, { reference: values.dct }).map((t) => {
    const base = {
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
    };
    return values.explain
      ? {
          ...base,
          precision: t.precision,
          range: t.range,
          anchor: t.anchor,
          tags: t.tags,
          explanation: t.explanation,
        }
      : base;
  });
  io.stdout(`${JSON.stringify({ timexes }, null, 2)}\n`);
  return EXIT.ok;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return runExtract(rest, io);
      case 'tag':
        return runTag(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(MAIN_HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        io.stderr(`chronoscope: unknown command "${command}"\n\n${MAIN_HELP}`);
        return EXIT.usage;
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`chronoscope ${command}: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isEntry) {
  const code = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => readFileSync(0),
  });
  process.exitCode = code;
}
