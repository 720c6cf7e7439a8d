import type { MappedArticle } from '../chronology/mapArticle.ts';
import type { IngestError } from '../model/article.ts';

/**
 * One line of `chronoscope extract --jsonl`: an article's metadata and unmerged events, and the
 * problems met reading it; a line that yielded no article carries only `errors`.
 */
export interface MapRecord {
  readonly article?: MappedArticle['article'];
  readonly events?: MappedArticle['events'];
  /** What the salience stage reads of the article: the days it names, the totals it gives. */
  readonly signals?: MappedArticle['signals'];
  readonly errors?: readonly IngestError[];
}

/** The JSON line (with its `\n`) of a mapped article and its problems. */
export function formatMapRecord(mapped: MappedArticle | undefined, errors: readonly IngestError[]): string {
  const record: MapRecord = {
    ...(mapped ? { article: mapped.article, events: mapped.events, signals: mapped.signals } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
  return `${JSON.stringify(record)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one line of a map stream back; a message says what is wrong with a line that is not one.
 * Checks the shape the reduce relies on, not every field of every event.
 */
export function parseMapRecord(
  line: string,
): { mapped?: MappedArticle; errors: readonly IngestError[] } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { problem: `invalid JSON: ${(e as Error).message}` };
  }
  if (!isObject(value)) return { problem: 'each line must be a JSON object' };
  const { article, events, signals, errors = [] } = value;
  if (!Array.isArray(errors) || !errors.every((e) => isObject(e) && typeof e.file === 'string'))
    return { problem: '"errors" must be a list of {file, line, message}' };
  if (article === undefined && events === undefined) return { errors: errors as IngestError[] };
  // An article read without a publication date has none ("published" is then absent).
  if (
    !isObject(article) ||
    typeof article.id !== 'string' ||
    (article.published !== undefined && typeof article.published !== 'string')
  )
    return { problem: '"article" must be an object with "id" (and "published" as a date, if any)' };
  if (
    !Array.isArray(events) ||
    !events.every((e) => isObject(e) && typeof e.id === 'string' && isObject(e.when))
  )
    return { problem: '"events" must be a list of events with "id" and "when"' };
  if (!isObject(signals) || !Array.isArray(signals.references) || !Array.isArray(signals.tallies))
    return { problem: '"signals" must be an object with "references" and "tallies"' };
  return {
    mapped: { article, events, signals } as unknown as MappedArticle,
    errors: errors as IngestError[],
  };
}
