import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { MappedArticle } from '../chronology/mapArticle.ts';
import { orderEvents } from '../chronology/order.ts';
import { partitionedMerge } from '../chronology/partitionedMerge.ts';
import { reduceChronology, reduceEvents } from '../chronology/reduceEvents.ts';
import { foldRestatements } from '../events/merge/foldRestatements.ts';
import { formatIngestError, type IngestError } from '../model/article.ts';
import { CHRONOLOGY_OPTIONS, type CliIo, EXIT, stdinChunks, writeChronology } from './io.ts';
import { linesOf } from './lines.ts';
import { parseMapRecord } from './mapRecord.ts';
import { createProgress } from './progress.ts';

/** Help of `chronoscope merge`. */
export const MERGE_HELP = `Usage: chronoscope merge <part.jsonl|-> [...] [-o FILE] [--pretty] [--partition-days N] [--quiet]

The reduce stage: reads the JSON lines written by chronoscope extract --jsonl (from any number of
parts, in any order, e.g. one per machine), merges reports of one happening across articles, orders
the events and writes the chronology JSON, the same as chronoscope extract on the same articles.
Later duplicates of an article id are dropped and reported.

Options:
  -o, --output FILE         write to FILE instead of stdout
      --pretty              indent the JSON
      --partition-days N    merge partition by partition: events bucketed by N days of their end
                            date, with the overlap merging needs, groups crossing an edge reconciled
                            (how a cluster runs the reduce; same result)
  -q, --quiet               no progress bar
  -h, --help                show this help
`;

/** `chronoscope merge`: reduces map streams into one chronology. */
export async function runMerge(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...CHRONOLOGY_OPTIONS,
      'partition-days': { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(MERGE_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    io.stderr(`chronoscope merge: no input given\n\n${MERGE_HELP}`);
    return EXIT.usage;
  }
  const daysArg = values['partition-days'];
  if (daysArg !== undefined && !/^[1-9]\d*$/.test(daysArg)) {
    io.stderr(`chronoscope merge: --partition-days must be a whole number of at least 1 (got ${daysArg})\n`);
    return EXIT.usage;
  }
  const progress = createProgress(values.quiet ? undefined : io.progressTerminal, 0, 'merge');
  const mapped: MappedArticle[] = [];
  const errors: IngestError[] = [];
  const problems: IngestError[] = [];
  const seen = new Map<string, string>();
  try {
    for (const part of positionals) {
      const name = part === '-' ? '<stdin>' : part;
      try {
        for await (const line of linesOf(part === '-' ? stdinChunks(io) : createReadStream(part))) {
          if (line.text.trim() === '') continue;
          const r = parseMapRecord(line.text);
          if ('problem' in r) {
            problems.push({ file: name, line: line.number, message: r.problem });
            continue;
          }
          errors.push(...r.errors);
          progress.tick(r.mapped ? 1 : 0, line.bytes);
          if (!r.mapped) continue;
          const id = r.mapped.article.id;
          const first = seen.get(id);
          if (first !== undefined) {
            const message = `duplicate article id "${id}" (first read from ${first}); skipped`;
            problems.push({ file: name, line: line.number, message });
            continue;
          }
          seen.set(id, `${name}:${line.number}`);
          mapped.push(r.mapped);
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        problems.push({ file: name, line: 0, message: `cannot read: ${code}` });
      }
    }
  } finally {
    progress.stop();
  }
  const days = daysArg === undefined ? undefined : Number(daysArg);
  const chronology = reduceChronology(
    mapped,
    [...errors, ...problems],
    days === undefined
      ? reduceEvents
      : (events, articles) =>
          orderEvents(foldRestatements(partitionedMerge(events, articles, days), articles)),
  );
  await writeChronology(io, chronology, values.output, values.pretty === true);
  for (const e of problems) io.stderr(`${formatIngestError(e)}\n`);
  const all = errors.length + problems.length;
  io.stderr(
    `chronoscope: ${mapped.length} articles, ${chronology.events.length} events` +
      `${all ? `, ${all} problems` : ''}${values.output ? ` → ${values.output}` : ''}\n`,
  );
  return all > 0 ? EXIT.rejected : EXIT.ok;
}
