import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  makeVector,
  Schema,
  Table,
  tableToIPC,
  Utf8,
  type Vector,
} from 'apache-arrow';
import type { Chronology, ChronologyEvent } from '../../model/chronology.ts';
import {
  type ChronologyColumns,
  type DictColumn,
  type EventDetail,
  FLAG_ABSENT,
  idAt,
  intervalMs,
  isoToMs,
  type Utf8Column,
} from './arrowColumns.ts';
import { columnEvents, type DetailSource } from './arrowEvents.ts';
import { ARROW_META } from './arrowMeta.ts';
import { isArrowPath } from './arrowPath.ts';
import { arrowToColumns } from './arrowReader.ts';

export { ARROW_META } from './arrowMeta.ts';
export { isArrowPath } from './arrowPath.ts';
export { arrowToColumns, arrowToRawColumns, type RawChronologyColumns, withStrings } from './arrowReader.ts';

const dict = (): Dictionary<Utf8, Int32> => new Dictionary(new Utf8(), new Int32());

/** A dictionary column built row by row, each distinct string coded once. */
function dictColumn(n: number, rowValue: (p: number) => string | undefined): DictColumn {
  const codes = new Int32Array(n);
  const values: string[] = [];
  const seen = new Map<string, number>();
  for (let p = 0; p < n; p++) {
    const s = rowValue(p);
    if (s === undefined) {
      codes[p] = -1;
      continue;
    }
    let c = seen.get(s);
    if (c === undefined) {
      c = values.length;
      values.push(s);
      seen.set(s, c);
    }
    codes[p] = c;
  }
  return { codes, values };
}

/** UTF-8 bytes and offsets of `n` strings, encoded into one growing buffer. */
function utf8Column(n: number, rowValue: (p: number) => string): Utf8Column {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(n + 1);
  let bytes = new Uint8Array(1024);
  let at = 0;
  for (let p = 0; p < n; p++) {
    const s = rowValue(p);
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (at + s.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + s.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    at += encoder.encodeInto(s, bytes.subarray(at)).written;
    offsets[p + 1] = at;
  }
  return { offsets, bytes: bytes.slice(0, at) };
}

const floats = (n: number, rowValue: (p: number) => number | undefined): Float64Array =>
  Float64Array.from({ length: n }, (_, p) => rowValue(p) ?? Number.NaN);
const flags = (n: number, rowValue: (p: number) => boolean | undefined): Uint8Array =>
  Uint8Array.from({ length: n }, (_, p) => {
    const b = rowValue(p);
    return b === undefined ? FLAG_ABSENT : b ? 1 : 0;
  });

/** The columns of a chronology: what {@link chronologyToArrow} writes. */
export function chronologyToColumns(chronology: Chronology): ChronologyColumns {
  const ev = chronology.events;
  const n = ev.length;
  const sourceOf = new Map(chronology.articles.map((a) => [a.id, a.source]));
  const intervals = ev.map((e) => intervalMs(e.when.start, e.when.end));
  const at = (p: number): ChronologyEvent => ev[p]!;
  return {
    length: n,
    articles: chronology.articles,
    ...(chronology.errors ? { errors: chronology.errors } : {}),
    id: ev.map((e) => e.id),
    title: ev.map((e) => e.title),
    start: dictColumn(n, (p) => at(p).when.start),
    end: dictColumn(n, (p) => at(p).when.end),
    value: dictColumn(n, (p) => at(p).when.value),
    reported: dictColumn(n, (p) => at(p).reported),
    startMs: floats(n, (p) => intervals[p]!.start),
    endMs: floats(n, (p) => intervals[p]!.end),
    reportedMs: floats(n, (p) => isoToMs(at(p).reported)),
    precision: dictColumn(n, (p) => at(p).when.precision),
    mod: dictColumn(n, (p) => at(p).when.mod),
    type: dictColumn(n, (p) => at(p).type),
    status: dictColumn(n, (p) => at(p).status),
    referent: dictColumn(n, (p) => {
      const r = at(p).referent;
      return r && JSON.stringify(r);
    }),
    approximate: flags(n, (p) => at(p).when.approximate),
    isReport: flags(n, (p) => at(p).isReport),
    countsApproximate: flags(n, (p) => at(p).countsApproximate),
    fatalities: floats(n, (p) => at(p).fatalities),
    injured: floats(n, (p) => at(p).injured),
    arrested: floats(n, (p) => at(p).arrested),
    corroboration: floats(n, (p) => at(p).corroboration),
    actors: dictColumn(n, (p) => JSON.stringify(at(p).actors)),
    places: dictColumn(n, (p) => JSON.stringify(at(p).places)),
    sources: dictColumn(n, (p) =>
      JSON.stringify([...new Set(at(p).mentions.map((m) => sourceOf.get(m.article) ?? m.article))]),
    ),
    detail: utf8Column(n, (p) => {
      const e = at(p);
      const d: EventDetail = {
        mentions: e.mentions,
        ...(e.when.explanation !== undefined ? { explanation: e.when.explanation } : {}),
        ...(e.disagreements ? { disagreements: e.disagreements } : {}),
        ...(e.merged ? { merged: e.merged } : {}),
      };
      return JSON.stringify(d);
    }),
  };
}

/** A validity bitmap (bit set: present), or undefined when nothing is absent. */
function validity(
  n: number,
  present: (p: number) => boolean,
): { nullCount: number; nullBitmap?: Uint8Array } {
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let p = 0; p < n; p++) {
    if (present(p)) bitmap[p >> 3]! |= 1 << (p & 7);
    else nullCount++;
  }
  return nullCount ? { nullCount, nullBitmap: bitmap } : { nullCount };
}

const utf8Vector = (c: Utf8Column, n: number): Vector =>
  makeVector(makeData({ type: new Utf8(), length: n, valueOffsets: c.offsets, data: c.bytes }));
const stringsVector = (values: readonly string[]): Vector =>
  utf8Vector(
    utf8Column(values.length, (p) => values[p]!),
    values.length,
  );
const dictVector = (c: DictColumn, n: number): Vector =>
  makeVector(
    makeData({
      type: dict(),
      length: n,
      ...validity(n, (p) => c.codes[p]! >= 0),
      data: c.codes.map((x) => Math.max(0, x)),
      dictionary: stringsVector(c.values) as Vector<Utf8>,
    }),
  );
const floatVector = (a: Float64Array, n: number): Vector =>
  makeVector(
    makeData({ type: new Float64(), length: n, ...validity(n, (p) => !Number.isNaN(a[p]!)), data: a }),
  );
const boolVector = (a: Uint8Array, n: number): Vector => {
  const bits = new Uint8Array((n + 7) >> 3);
  for (let p = 0; p < n; p++) if (a[p] === 1) bits[p >> 3]! |= 1 << (p & 7);
  return makeVector(
    makeData({ type: new Bool(), length: n, ...validity(n, (p) => a[p] !== FLAG_ABSENT), data: bits }),
  );
};

/**
 * Writes columns as an Arrow IPC file; `detail` replaces the detail column when the details are
 * made on demand (synthetic columns).
 */
export function columnsToArrow(columns: ChronologyColumns, detail?: DetailSource): Uint8Array {
  const n = columns.length;
  const details = detail ? utf8Column(n, (p) => JSON.stringify(detail(p))) : columns.detail;
  const vectors: Record<string, Vector> = {
    id: utf8Vector(
      utf8Column(n, (p) => idAt(columns, p)),
      n,
    ),
    title: stringsVector(columns.title),
    start: dictVector(columns.start, n),
    end: dictVector(columns.end, n),
    value: dictVector(columns.value, n),
    reported: dictVector(columns.reported, n),
    startMs: floatVector(columns.startMs, n),
    endMs: floatVector(columns.endMs, n),
    reportedMs: floatVector(columns.reportedMs, n),
    precision: dictVector(columns.precision, n),
    mod: dictVector(columns.mod, n),
    type: dictVector(columns.type, n),
    status: dictVector(columns.status, n),
    referent: dictVector(columns.referent, n),
    approximate: boolVector(columns.approximate, n),
    isReport: boolVector(columns.isReport, n),
    countsApproximate: boolVector(columns.countsApproximate, n),
    fatalities: floatVector(columns.fatalities, n),
    injured: floatVector(columns.injured, n),
    arrested: floatVector(columns.arrested, n),
    corroboration: floatVector(columns.corroboration, n),
    actors: dictVector(columns.actors, n),
    places: dictVector(columns.places, n),
    sources: dictVector(columns.sources, n),
    detail: utf8Vector(details, n),
  };
  const table = new Table(vectors);
  const metadata = new Map([
    [ARROW_META.version, '1'],
    [ARROW_META.articles, JSON.stringify(columns.articles)],
    ...(columns.errors ? [[ARROW_META.errors, JSON.stringify(columns.errors)] as [string, string]] : []),
  ]);
  const schema = new Schema(
    table.schema.fields.map((f) => new Field(f.name, f.type, f.nullable)),
    metadata,
  );
  return tableToIPC(new Table(schema, table.batches), 'file');
}

/**
 * Writes a chronology as an Arrow IPC file: one row per event, dates and facets as columns
 * (repeated strings dictionary-encoded, intervals as UTC ms), mentions and other detail as a
 * JSON string column read only when an event is opened; articles and errors in the schema metadata.
 */
export function chronologyToArrow(chronology: Chronology): Uint8Array {
  return columnsToArrow(chronologyToColumns(chronology));
}

/**
 * The bytes to write for `-o path`: Arrow IPC for an Arrow name, else null (the caller writes
 * JSON as before). One line in the CLI: `const b = arrowOutput(out, c); if (b) writeFileSync(out, b);`
 */
export function arrowOutput(path: string, chronology: Chronology): Uint8Array | null {
  return isArrowPath(path) ? chronologyToArrow(chronology) : null;
}

/** True when `bytes` start like an Arrow IPC file (`ARROW1`) or stream (continuation marker). */
export function looksLikeArrow(bytes: Uint8Array): boolean {
  const magic = 'ARROW1';
  if (bytes.length >= 6 && [...magic].every((c, i) => bytes[i] === c.charCodeAt(0))) return true;
  return (
    bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff
  );
}

/** Reads an Arrow IPC chronology back into the JSON model, every detail included. */
export function chronologyFromArrow(bytes: Uint8Array): Chronology {
  const columns = arrowToColumns(bytes);
  const events = columnEvents(columns).events.map((e) => JSON.parse(JSON.stringify(e)) as ChronologyEvent);
  return {
    version: 1,
    articles: columns.articles,
    events,
    ...(columns.errors ? { errors: columns.errors } : {}),
  };
}
