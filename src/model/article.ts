/** An article as read from disk: metadata from front matter plus its plain-text body. */
export interface Article {
  /** File name without extension (or the `id` field of a JSONL line). */
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly url?: string;
  /** Publication date, `YYYY-MM-DD`. It is the reference date for the article's relative expressions. */
  readonly published: string;
  readonly language?: string;
  /** Plain text; every offset in the chronology counts UTF-16 units of this string. */
  readonly text: string;
}

/** The metadata of an article as stored in a chronology (no body). */
export type ArticleMeta = Omit<Article, 'text'>;

/** A problem found while reading input: names the file, the 1-based line and what is wrong. */
export interface IngestError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Formats an ingest error the way compilers do: `file:line: message`. */
export function formatIngestError(e: IngestError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}
