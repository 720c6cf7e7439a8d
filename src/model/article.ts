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
  /**
   * Set by ingest when the page, or its end, is no news report (a programme listing, a running
   * order, readers' posts): the event stage takes no event from that text. Not stored in a chronology.
   */
  readonly nonReport?: NonReport;
}

/** Where a page's text stops being a report, and why (see `src/ingest/nonReportPages.ts`). */
export interface NonReport {
  /** UTF-16 offset where the text that is no report begins (0: the whole page). */
  readonly from: number;
  readonly reason: 'programme listing' | 'running order' | "readers' posts" | "readers' comments" | 'quiz';
}

/**
 * An article as ingest hands it to the pipeline: `published` is missing when the file gave no
 * usable date (its absolute dates are still used; relative ones stay unresolved, never guessed),
 * and `origin` says where it was read, so a later failure can be reported as `file:line`.
 */
export type ReadArticle = Omit<Article, 'published'> & {
  readonly published?: string;
  readonly origin?: { readonly file: string; readonly line: number };
};

/** The metadata of an article as stored in a chronology (no body; no date when it had none). */
export type ArticleMeta = Omit<ReadArticle, 'text' | 'origin' | 'nonReport'>;

/** A problem found while reading input: names the file, the 1-based line and what is wrong. */
export interface IngestError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** A warning keeps the input (a field dropped, an encoding guessed); absent means an error. */
  readonly severity?: 'warning';
}

/** Formats an ingest error the way compilers do: `file:line: message`. */
export function formatIngestError(e: IngestError): string {
  return `${e.file}:${e.line}: ${e.severity === 'warning' ? 'warning: ' : ''}${e.message}`;
}
