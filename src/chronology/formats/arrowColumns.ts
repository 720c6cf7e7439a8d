import type { ArticleMeta, IngestError } from '../../model/article.ts';
import type { ChronologyEvent, Mention, MergeRecord } from '../../model/chronology.ts';

/** A dictionary-encoded string column: `values[codes[p]]`, code -1 when absent. */
export interface DictColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/** A UTF-8 string column as Arrow stores it: row `p` is `bytes[offsets[p]..offsets[p+1])`. */
export interface Utf8Column {
  readonly offsets: Int32Array;
  readonly bytes: Uint8Array;
}

/** Tri-state flags (`0` false, `1` true, `2` absent) of optional booleans. */
export const FLAG_ABSENT = 2;

/**
 * A chronology as columns: what the Arrow file holds, decoded into typed arrays and small
 * dictionaries that a Web Worker can transfer to the page without copying. `detail` (mentions,
 * the date explanation, disagreements, merge records) stays UTF-8 JSON until an event is opened.
 */
export interface ChronologyColumns {
  readonly length: number;
  readonly articles: readonly ArticleMeta[];
  readonly errors?: readonly IngestError[];
  /** Event ids, or a function of the position when they follow a pattern (synthetic data). */
  readonly id: readonly string[] | ((p: number) => string);
  readonly title: readonly string[];
  /** `when.start`, `when.end`, `when.value` and `reported` as written in the chronology. */
  readonly start: DictColumn;
  readonly end: DictColumn;
  readonly value: DictColumn;
  readonly reported: DictColumn;
  /** The interval `[start, end)` in UTC ms, as the timeline draws it, and the report day. */
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  readonly reportedMs: Float64Array;
  readonly precision: DictColumn;
  readonly mod: DictColumn;
  readonly type: DictColumn;
  readonly status: DictColumn;
  /** JSON of `referent` (whom a title's opening pronoun stands for), absent for most events. */
  readonly referent: DictColumn;
  readonly approximate: Uint8Array;
  readonly isReport: Uint8Array;
  readonly countsApproximate: Uint8Array;
  /** NaN when absent. */
  readonly fatalities: Float64Array;
  readonly injured: Float64Array;
  readonly arrested: Float64Array;
  readonly corroboration: Float64Array;
  /** JSON arrays of actors, places and source names; a few distinct lists shared by many events. */
  readonly actors: DictColumn;
  readonly places: DictColumn;
  readonly sources: DictColumn;
  readonly detail: Utf8Column;
}

/** What an event carries beyond its columns, read only when the event is opened or exported. */
export interface EventDetail {
  readonly mentions: readonly Mention[];
  readonly explanation?: string;
  readonly disagreements?: ChronologyEvent['disagreements'];
  readonly merged?: readonly MergeRecord[];
}

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

/** UTC ms of a chronology ISO date or date-time (zone-less date-times read as UTC). */
export function isoToMs(s: string): number {
  return DATE_ONLY.test(s) ? Date.parse(`${s}T00:00:00Z`) : Date.parse(HAS_ZONE.test(s) ? s : `${s}Z`);
}

/**
 * The half-open interval an event covers in UTC ms: an inclusive end date covers its whole day,
 * an inclusive date-time is a point (at least a minute), as the explorer draws it.
 */
export function intervalMs(start: string, end: string): { start: number; end: number } {
  const s = isoToMs(start);
  const e = isoToMs(end);
  const exclusive = DATE_ONLY.test(end) ? e + DAY : Math.max(e, s + 60_000);
  return { start: s, end: Math.max(exclusive, s + 60_000) };
}

const decoder = new TextDecoder();

/** Row `p` of a UTF-8 column. */
export function utf8At(column: Utf8Column, p: number): string {
  return decoder.decode(column.bytes.subarray(column.offsets[p]!, column.offsets[p + 1]!));
}

/**
 * Every row of a UTF-8 column as strings. Ids and titles are mostly ASCII: then one decode of the
 * whole buffer and a slice per row replace a million small decodes.
 */
export function utf8Strings(column: Utf8Column): string[] {
  const n = column.offsets.length - 1;
  const out: string[] = new Array(Math.max(0, n));
  const { offsets, bytes } = column;
  const base = offsets[0] ?? 0;
  const all = decoder.decode(bytes.subarray(base, offsets[n]));
  if (all.length === (offsets[n] ?? 0) - base) {
    for (let p = 0; p < n; p++) out[p] = all.slice(offsets[p]! - base, offsets[p + 1]! - base);
  } else for (let p = 0; p < n; p++) out[p] = utf8At(column, p);
  return out;
}

/** The id of event `p`. */
export function idAt(columns: Pick<ChronologyColumns, 'id'>, p: number): string {
  const { id } = columns;
  return typeof id === 'function' ? id(p) : id[p]!;
}

/** Row `p` of a dictionary column, or undefined when absent. */
export function dictAt(column: DictColumn, p: number): string | undefined {
  const c = column.codes[p]!;
  return c < 0 ? undefined : column.values[c];
}

/** The detail record of event `p`, parsed from its JSON. */
export function detailAt(columns: ChronologyColumns, p: number): EventDetail {
  return JSON.parse(utf8At(columns.detail, p)) as EventDetail;
}

/** The typed arrays of `columns`, for `postMessage(columns, transferList)`. */
export function transferablesOf(columns: ChronologyColumns): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const v of Object.values(columns)) {
    if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
    else if (v && typeof v === 'object' && !Array.isArray(v))
      for (const w of Object.values(v)) if (ArrayBuffer.isView(w)) out.add(w.buffer as ArrayBuffer);
  }
  return [...out];
}
