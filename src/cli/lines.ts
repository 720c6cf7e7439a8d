import { StringDecoder } from 'node:string_decoder';

/** A line of a stream: its text without the `\n`, its 1-based number and its length in bytes with the `\n`. */
export interface Line {
  readonly text: string;
  readonly number: number;
  readonly bytes: number;
}

/**
 * Splits a stream into lines on `\n` exactly as `String.split('\n')` would split the whole text
 * (a `\r` stays on its line), holding one chunk and one line at a time.
 */
export async function* linesOf(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let number = 0;
  const line = (text: string): Line => ({ text, number: ++number, bytes: Buffer.byteLength(text) + 1 });
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk));
    // Search only the new text, so a line longer than a chunk is not rescanned chunk after chunk.
    let from = rest.length;
    rest += text;
    let start = 0;
    let at = rest.indexOf('\n', from);
    while (at >= 0) {
      yield line(rest.slice(start, at));
      start = at + 1;
      from = start;
      at = rest.indexOf('\n', from);
    }
    rest = rest.slice(start);
  }
  rest += decoder.end();
  if (rest.length > 0) yield line(rest);
}
