import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CliIo } from './io.ts';

/** Where a streaming command writes: waits when the reader is slower, so output never piles up. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** A sink on FILE (its folder created), or on standard output when no file is given. */
export function openSink(file: string | undefined, io: CliIo): Sink {
  if (!file) {
    return {
      write: async (text) => (io.writeStdout ? io.writeStdout(text) : io.stdout(text)),
      close: async () => {},
    };
  }
  mkdirSync(dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
