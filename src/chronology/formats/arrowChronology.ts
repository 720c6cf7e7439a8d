import {
  Bool,
  type Data,
  Dictionary,
  Field,
  Float64,
  Int32,
  Schema,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  type Vector,
  vectorFromArray,
} from 'apache-arrow';
import type { Chronology, ChronologyEvent } from '../../model/chronology.ts';
import {
  type ChronologyColumns,
  type DictColumn,
  type EventDetail,
  FLAG_ABSENT,
  intervalMs,
  isoToMs,
  type Utf8Column,
  utf8Strings,
} from './arrowColumns.ts';
import { columnEvents } from './arrowEvents.ts';

/** Schema metadata keys of a chronology Arrow file. */
export const ARROW_META = {
  version: 'chronoscope:version',
  articles: 'chronoscope:articles',
  errors: 'chronoscope:errors',
} as const;

const dict = (): Dictionary => new Dictionary(new Utf8(), new Int32());
const flag = (b: boolean | undefined): boolean | null => (b === undefined ? null : b);
const num = (x: number | undefined): number | null => (x === undefined ? null : x);

/**
 * Writes a chronology as an Arrow IPC file: one row per event, dates and facets as columns
 * (repeated strings dictionary-encoded, intervals as UTC ms), mentions and other detail as a
 * JSON string column read only when an event is opened; articles and errors in the schema metadata.
 */
export function chronologyToArrow(chronology: Chronology): Uint8Array {
  const ev = chronology.events;
  const col = <T>(f: (e: ChronologyEvent) => T): T[] => ev.map(f);
  const sourceOf = new Map(chronology.articles.map((a) => [a.id, a.source]));
  const intervals = ev.map((e) => intervalMs(e.when.start, e.when.end));
  const vectors: Record<string, Vector> = {
    id: vectorFromArray(
      col((e) => e.id),
      new Utf8(),
    ),
    title: vectorFromArray(
      col((e) => e.title),
      new Utf8(),
    ),
    start: vectorFromArray(
      col((e) => e.when.start),
      dict(),
    ),
    end: vectorFromArray(
      col((e) => e.when.end),
      dict(),
    ),
    value: vectorFromArray(
      col((e) => e.when.value),
      dict(),
    ),
    reported: vectorFromArray(
      col((e) => e.reported),
      dict(),
    ),
    startMs: vectorFromArray(
      intervals.map((i) => i.start),
      new Float64(),
    ),
    endMs: vectorFromArray(
      intervals.map((i) => i.end),
      new Float64(),
    ),
    reportedMs: vectorFromArray(
      col((e) => isoToMs(e.reported)),
      new Float64(),
    ),
    precision: vectorFromArray(
      col((e) => e.when.precision as string),
      dict(),
    ),
    mod: vectorFromArray(
      col((e) => e.when.mod ?? null),
      dict(),
    ),
    type: vectorFromArray(
      col((e) => e.type ?? null),
      dict(),
    ),
    status: vectorFromArray(
      col((e) => e.status ?? null),
      dict(),
    ),
    approximate: vectorFromArray(
      col((e) => e.when.approximate),
      new Bool(),
    ),
    isReport: vectorFromArray(
      col((e) => flag(e.isReport)),
      new Bool(),
    ),
    countsApproximate: vectorFromArray(
      col((e) => flag(e.countsApproximate)),
      new Bool(),
    ),
    fatalities: vectorFromArray(
      col((e) => num(e.fatalities)),
      new Float64(),
    ),
    injured: vectorFromArray(
      col((e) => num(e.injured)),
      new Float64(),
    ),
    arrested: vectorFromArray(
      col((e) => num(e.arrested)),
      new Float64(),
    ),
    corroboration: vectorFromArray(
      col((e) => num(e.corroboration)),
      new Float64(),
    ),
    actors: vectorFromArray(
      col((e) => JSON.stringify(e.actors)),
      dict(),
    ),
    places: vectorFromArray(
      col((e) => JSON.stringify(e.places)),
      dict(),
    ),
    sources: vectorFromArray(
      col((e) => JSON.stringify([...new Set(e.mentions.map((m) => sourceOf.get(m.article) ?? m.article))])),
      dict(),
    ),
    detail: vectorFromArray(
      col((e) => {
        const d: EventDetail = {
          mentions: e.mentions,
          ...(e.when.explanation !== undefined ? { explanation: e.when.explanation } : {}),
          ...(e.disagreements ? { disagreements: e.disagreements } : {}),
          ...(e.merged ? { merged: e.merged } : {}),
        };
        return JSON.stringify(d);
      }),
      new Utf8(),
    ),
  };
  const table = new Table(vectors);
  const metadata = new Map([
    [ARROW_META.version, String(chronology.version)],
    [ARROW_META.articles, JSON.stringify(chronology.articles)],
    ...(chronology.errors
      ? [[ARROW_META.errors, JSON.stringify(chronology.errors)] as [string, string]]
      : []),
  ]);
  const schema = new Schema(
    table.schema.fields.map((f) => new Field(f.name, f.type, f.nullable)),
    metadata,
  );
  return tableToIPC(new Table(schema, table.batches), 'file');
}

/** True for a file name or address of an Arrow chronology (`.arrow`, `.arrows`, `.feather`). */
export function isArrowPath(name: string): boolean {
  return /\.(arrows?|feather)(\?.*)?$/i.test(name);
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

function chunks(table: Table, name: string): readonly Data[] {
  const v = table.getChild(name);
  if (!v) throw new Error(`missing column "${name}"`);
  return v.data;
}

const valid = (d: Data, i: number): boolean => {
  if (!d.nullBitmap || d.nullCount === 0) return true;
  const j = d.offset + i;
  return ((d.nullBitmap[j >> 3]! >> (j & 7)) & 1) === 1;
};

function readDict(table: Table, name: string, n: number): DictColumn {
  const codes = new Int32Array(n);
  const values: string[] = [];
  const global = new Map<string, number>();
  let p = 0;
  for (const d of chunks(table, name)) {
    // Batches may carry their own dictionaries: map each onto one shared list.
    const local = (d.dictionary?.toArray() ?? []) as (string | null)[];
    const remap = local.map((s) => {
      if (s === null) return -1;
      let c = global.get(s);
      if (c === undefined) {
        c = values.length;
        values.push(s);
        global.set(s, c);
      }
      return c;
    });
    const idx = d.values as Int32Array;
    for (let i = 0; i < d.length; i++) codes[p++] = valid(d, i) ? remap[idx[i]!]! : -1;
  }
  return { codes, values };
}

function readFloat(table: Table, name: string, n: number): Float64Array {
  const out = new Float64Array(n);
  let p = 0;
  for (const d of chunks(table, name)) {
    const vals = d.values as Float64Array;
    for (let i = 0; i < d.length; i++) out[p++] = valid(d, i) ? vals[i]! : Number.NaN;
  }
  return out;
}

function readFlags(table: Table, name: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let p = 0;
  for (const d of chunks(table, name)) {
    const bits = d.values as Uint8Array;
    for (let i = 0; i < d.length; i++) {
      const j = d.offset + i;
      out[p++] = valid(d, i) ? (bits[j >> 3]! >> (j & 7)) & 1 : FLAG_ABSENT;
    }
  }
  return out;
}

function readUtf8(table: Table, name: string, n: number): Utf8Column {
  const parts = chunks(table, name);
  let total = 0;
  for (const d of parts) total += d.valueOffsets[d.length]! - d.valueOffsets[0]!;
  const offsets = new Int32Array(n + 1);
  const bytes = new Uint8Array(total);
  let p = 0;
  let at = 0;
  for (const d of parts) {
    const o = d.valueOffsets;
    const b0 = o[0]!;
    bytes.set((d.values as Uint8Array).subarray(b0, o[d.length]!), at);
    for (let i = 0; i < d.length; i++) offsets[p++] = at + o[i]! - b0;
    at += o[d.length]! - b0;
  }
  offsets[n] = at;
  return { offsets, bytes };
}

/**
 * Columns with ids and titles still UTF-8: a worker transfers them as two buffers and the page
 * decodes them in one go ({@link utf8Strings}), cheaper than cloning a million strings.
 */
export interface RawChronologyColumns {
  readonly columns: Omit<ChronologyColumns, 'id' | 'title'>;
  readonly id: Utf8Column;
  readonly title: Utf8Column;
}

/** Decodes an Arrow IPC chronology into columns; throws with a message naming what is wrong. */
export function arrowToColumns(bytes: Uint8Array): ChronologyColumns {
  return withStrings(arrowToRawColumns(bytes));
}

/** Finishes {@link RawChronologyColumns} by decoding ids and titles. */
export function withStrings(raw: RawChronologyColumns): ChronologyColumns {
  return { ...raw.columns, id: utf8Strings(raw.id), title: utf8Strings(raw.title) };
}

/** Decodes an Arrow IPC chronology, ids and titles left as UTF-8. */
export function arrowToRawColumns(bytes: Uint8Array): RawChronologyColumns {
  const table = tableFromIPC(bytes);
  const meta = table.schema.metadata;
  const version = meta.get(ARROW_META.version);
  if (version !== '1')
    throw new Error(`not a chronology Arrow file (${ARROW_META.version} is ${version ?? 'missing'})`);
  const n = table.numRows;
  const errors = meta.get(ARROW_META.errors);
  const columns = {
    length: n,
    articles: JSON.parse(meta.get(ARROW_META.articles) ?? '[]'),
    ...(errors ? { errors: JSON.parse(errors) } : {}),
    start: readDict(table, 'start', n),
    end: readDict(table, 'end', n),
    value: readDict(table, 'value', n),
    reported: readDict(table, 'reported', n),
    startMs: readFloat(table, 'startMs', n),
    endMs: readFloat(table, 'endMs', n),
    reportedMs: readFloat(table, 'reportedMs', n),
    precision: readDict(table, 'precision', n),
    mod: readDict(table, 'mod', n),
    type: readDict(table, 'type', n),
    status: readDict(table, 'status', n),
    approximate: readFlags(table, 'approximate', n),
    isReport: readFlags(table, 'isReport', n),
    countsApproximate: readFlags(table, 'countsApproximate', n),
    fatalities: readFloat(table, 'fatalities', n),
    injured: readFloat(table, 'injured', n),
    arrested: readFloat(table, 'arrested', n),
    corroboration: readFloat(table, 'corroboration', n),
    actors: readDict(table, 'actors', n),
    places: readDict(table, 'places', n),
    sources: readDict(table, 'sources', n),
    detail: readUtf8(table, 'detail', n),
  };
  return { columns, id: readUtf8(table, 'id', n), title: readUtf8(table, 'title', n) };
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
