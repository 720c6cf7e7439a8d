import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isArrowPath } from '../chronology/formats/arrowPath.ts';
import type { Chronology } from '../model/chronology.ts';
/** Exit codes: 0 all input accepted, 1 some input rejected, 2 usage error. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string | Uint8Array;
  /** Standard input as a stream, for input read line by line; without it, `readStdin()` in one piece. */
  stdinStream?(): AsyncIterable<string | Uint8Array>;
  /** Writes to standard output, resolving once the stream can take more (backpressure). */
  writeStdout?(text: string): Promise<void>;
  /** The terminal to draw progress on; progress is only drawn when this is given. */
  progressTerminal?: NodeJS.WriteStream;
}

/** Standard input as a stream: the injected stream, or `readStdin()` as one chunk. */
export function stdinChunks(io: CliIo): AsyncIterable<string | Uint8Array> {
  if (io.stdinStream) return io.stdinStream();
  return (async function* () {
    yield io.readStdin();
  })();
}

/** The options `extract` and `merge` share: where the chronology goes, its layout, progress, help. */
export const CHRONOLOGY_OPTIONS = {
  output: { type: 'string', short: 'o' },
  pretty: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Writes a chronology to `output` (Arrow for `.arrow`, the columnar format for large collections;
 * JSON otherwise) or, without one, as JSON to standard output. The Arrow code is loaded only for an
 * Arrow file: `apache-arrow` took a third of a second of every run's start-up.
 */
export async function writeChronology(
  io: CliIo,
  chronology: Chronology,
  output: string | undefined,
  pretty: boolean,
): Promise<void> {
  if (output && isArrowPath(output)) {
    const { chronologyToArrow } = await import('../chronology/formats/arrowChronology.ts');
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, chronologyToArrow(chronology));
    return;
  }
  const json = `${JSON.stringify(chronology, null, pretty ? 2 : undefined)}\n`;
  if (!output) {
    io.stdout(json);
    return;
  }
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, json);
}
