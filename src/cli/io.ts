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
