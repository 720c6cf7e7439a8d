import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeText } from '../ingest/decodeText.ts';
import { isIsoDate } from '../ingest/validateMeta.ts';
import { type CliIo, EXIT } from './io.ts';

export { type CliIo, EXIT } from './io.ts';

const MAIN_HELP = `chronoscope — turn news articles into an explorable chronology

Usage:
  chronoscope extract <file|folder|-> [...] [-o FILE]   build a chronology JSON
  chronoscope extract --jsonl <file|folder|-> [...]     map only: one JSON line per article
  chronoscope merge <part.jsonl|-> [...] [-o FILE]      reduce map streams into a chronology
  chronoscope tag --dct YYYY-MM-DD <file|->            tag temporal expressions (TIMEX3)
  chronoscope summarize <input> --dates N [--sentences K]   a timeline of the N key days
  chronoscope <command> --help                         help for a command

Exit codes: 0 ok, 1 some input rejected, 2 usage error.
`;

const TAG_HELP = `Usage: chronoscope tag --dct YYYY-MM-DD <file|->

Prints {"timexes": [{start, end, text, type, value, mod?}]} for the plain text of FILE (or stdin),
with TIMEX3 types and values normalized against the document creation time, and UTF-16 offsets.

Options:
      --dct DATE      document creation time (reference date), YYYY-MM-DD (required)
      --explain       also print precision, range, tags and the explanation of each value
  -h, --help          show this help
`;

async function runTag(args: string[], io: CliIo): Promise<number> {
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
  const { tag } = await import('../temporal/tag.ts');
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

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code. Each command's
 * modules are loaded when it runs: `extract` maps articles with a bundle of the map stage
 * (src/cli/mapPool.ts), so the CLI does not load those sources through tsx as well.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await (await import('./extract.ts')).runExtract(rest, io);
      case 'merge':
        return await (await import('./merge.ts')).runMerge(rest, io);
      case 'tag':
        return await runTag(rest, io);
      case 'summarize':
        return (await import('./summarize.ts')).runSummarize(rest, io);
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
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => readFileSync(0),
    stdinStream: () => process.stdin,
    writeStdout: async (t) => {
      if (!process.stdout.write(t)) await once(process.stdout, 'drain');
    },
    // Progress only on a terminal: piped or logged stderr stays free of control codes.
    ...(process.stderr.isTTY ? { progressTerminal: process.stderr } : {}),
  });
}
