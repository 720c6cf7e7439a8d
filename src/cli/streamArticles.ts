import { createReadStream, readFileSync, statSync } from 'node:fs';
import { decodeText } from '../ingest/decodeText.ts';
import { isHtmlFile, type ParsedFile, parsePlainArticleFile } from '../ingest/parsePlainArticleFile.ts';
import type { IngestError, ReadArticle } from '../model/article.ts';
import { type Line, linesOf } from './lines.ts';
import { articleFilesAt, errorCode } from './readInputs.ts';

/** One article read (or none, when only problems were found), with the input bytes it took. */
export interface ArticleRecord {
  readonly article?: ReadArticle;
  readonly errors: readonly IngestError[];
  readonly bytes: number;
}

/** The files behind the paths given, and the problems with the paths themselves. */
export interface ResolvedInputs {
  /** File paths, or `-` for standard input, in reading order. */
  readonly files: readonly string[];
  readonly errors: readonly IngestError[];
  /** Bytes of the files (standard input not counted), for progress; 0 when unknown. */
  readonly bytes: number;
  /** Whether standard input is read, so `bytes` is a lower bound. */
  readonly stdin: boolean;
}

/**
 * Resolves paths as `readInputs` does (folders recursively, sorted by path) without reading
 * any file yet, so problems with paths come first as they always have.
 */
export function resolveInputs(paths: readonly string[]): ResolvedInputs {
  const files: string[] = [];
  const errors: IngestError[] = [];
  let bytes = 0;
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    const found = articleFilesAt(p, errors);
    try {
      for (const f of found) bytes += statSync(f).size;
      files.push(...found);
    } catch (e) {
      errors.push({ file: p, line: 0, message: `cannot read: ${errorCode(e)}` });
    }
  }
  return { files, errors, bytes, stdin: files.includes('-') };
}

/** Articles of one JSON Lines line; line numbers of its problems are those of the whole file. */
function parseJsonlLine(name: string, line: Line): ArticleRecord {
  const parsed = parsePlainArticleFile(name, line.text);
  return {
    ...(parsed.articles[0] ? { article: parsed.articles[0] } : {}),
    errors: parsed.errors.map((e) => ({ ...e, line: line.number })),
    bytes: line.bytes,
  };
}

/**
 * The reader of a file: `parseArticleFile` for HTML, loaded with its DOM library only when an HTML
 * file comes (that library took 0.3–0.4 s of every run's start-up), else the plain formats'.
 */
async function readerOf(name: string): Promise<(name: string, content: string) => ParsedFile> {
  if (!isHtmlFile(name)) return parsePlainArticleFile;
  return (await import('../ingest/parseArticleFile.ts')).parseArticleFile;
}

/** Reads a whole file (or stdin) as one article file of any format, JSON Lines included. */
function* parseWhole(
  name: string,
  content: string,
  bytes: number,
  parse: (name: string, content: string) => ParsedFile = parsePlainArticleFile,
): Generator<ArticleRecord> {
  const parsed = parse(name, content);
  const share = parsed.articles.length > 0 ? bytes / parsed.articles.length : bytes;
  yield* parsed.articles.map((article, i) => ({
    article,
    errors: i === 0 ? parsed.errors : [],
    bytes: share,
  }));
  if (parsed.articles.length === 0) yield { errors: parsed.errors, bytes };
}

/**
 * Standard input: JSON Lines when it starts with `{` (read line by line), else one Markdown article.
 * Leading chunks are held only until the first non-blank character tells which.
 */
async function* stdinRecords(
  chunks: AsyncIterable<string | Uint8Array>,
  emptyIsNothing: boolean,
): AsyncGenerator<readonly [string, ArticleRecord]> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: (string | Uint8Array)[] = [];
  let text = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    text += typeof next.value === 'string' ? next.value : Buffer.from(next.value).toString('utf8');
    if (text.trimStart().length > 0) break;
  }
  const all = (async function* () {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  if (emptyIsNothing && text.length === 0) return;
  if (text.trimStart().startsWith('{')) {
    for await (const line of linesOf(all)) yield ['<stdin>.jsonl', parseJsonlLine('<stdin>.jsonl', line)];
    return;
  }
  const parts: Buffer[] = [];
  for await (const c of all) parts.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
  const content = Buffer.concat(parts);
  const decoded = decodeText(content);
  if (decoded.warning)
    yield [
      '<stdin>.md',
      { errors: [{ file: '<stdin>', line: 1, message: decoded.warning, severity: 'warning' }], bytes: 0 },
    ];
  for (const r of parseWhole('<stdin>.md', decoded.text, content.length)) yield ['<stdin>.md', r];
}

/**
 * Streams the articles of resolved inputs, one at a time: JSON Lines files and stdin line by line,
 * other files one file at a time, so memory holds a few articles whatever the input size. Later
 * duplicates of an article id are dropped and reported, as `parseArticleFiles` does.
 */
export async function* streamArticles(
  inputs: ResolvedInputs,
  stdin: () => AsyncIterable<string | Uint8Array>,
  /** An empty stdin is no input rather than an article without text (an empty cluster partition). */
  emptyStdinIsNothing = false,
): AsyncGenerator<ArticleRecord> {
  if (inputs.errors.length > 0) yield { errors: inputs.errors, bytes: 0 };
  const seen = new Map<string, string>();
  const unique = (name: string, r: ArticleRecord): ArticleRecord => {
    if (!r.article) return r;
    const first = seen.get(r.article.id);
    if (first === undefined) {
      seen.set(r.article.id, name);
      return r;
    }
    const message = `duplicate article id "${r.article.id}" (first read from ${first}); skipped`;
    return { errors: [...r.errors, { file: name, line: 1, message }], bytes: r.bytes };
  };
  for (const file of inputs.files) {
    if (file === '-') {
      for await (const [name, r] of stdinRecords(stdin(), emptyStdinIsNothing)) yield unique(name, r);
      continue;
    }
    try {
      if (file.toLowerCase().endsWith('.jsonl')) {
        for await (const line of linesOf(createReadStream(file)))
          yield unique(file, parseJsonlLine(file, line));
      } else {
        // UTF-8 with or without BOM, UTF-16 by BOM, else the detected encoding, with a warning.
        const parse = await readerOf(file);
        const bytes = readFileSync(file);
        const decoded = decodeText(bytes);
        if (decoded.warning)
          yield { errors: [{ file, line: 1, message: decoded.warning, severity: 'warning' }], bytes: 0 };
        for (const r of parseWhole(file, decoded.text, bytes.length, parse)) yield unique(file, r);
      }
    } catch (e) {
      yield { errors: [{ file, line: 0, message: `cannot read: ${errorCode(e)}` }], bytes: 0 };
    }
  }
}
