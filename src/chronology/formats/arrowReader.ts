import { type Data, type Table, tableFromIPC } from 'apache-arrow';
import {
  type ChronologyColumns,
  type DictColumn,
  FLAG_ABSENT,
  type Utf8Column,
  utf8Strings,
} from './arrowColumns.ts';
import { ARROW_META } from './arrowMeta.ts';

function chunks(table: Table, name: string): readonly Data[] {
  const v = table.getChild(name);
  if (!v) throw new Error(`missing column "${name}"`);
  return v.data;
}

/** The null bitmap of a chunk, or null when every row is valid (read once per chunk, not per row). */
const bitmapOf = (d: Data): Uint8Array | null => (d.nullBitmap && d.nullCount > 0 ? d.nullBitmap : null);
const isSet = (bits: Uint8Array, j: number): boolean => ((bits[j >> 3]! >> (j & 7)) & 1) === 1;

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
    const nulls = bitmapOf(d);
    const map = Int32Array.from(remap);
    for (let i = 0; i < d.length; i++) codes[p++] = !nulls || isSet(nulls, d.offset + i) ? map[idx[i]!]! : -1;
  }
  return { codes, values };
}

function readFloat(table: Table, name: string, n: number): Float64Array {
  const out = new Float64Array(n);
  let p = 0;
  for (const d of chunks(table, name)) {
    const vals = d.values as Float64Array;
    const nulls = bitmapOf(d);
    if (!nulls) {
      out.set(vals.subarray(0, d.length), p);
      p += d.length;
    } else for (let i = 0; i < d.length; i++) out[p++] = isSet(nulls, d.offset + i) ? vals[i]! : Number.NaN;
  }
  return out;
}

function readFlags(table: Table, name: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let p = 0;
  for (const d of chunks(table, name)) {
    const bits = d.values as Uint8Array;
    const nulls = bitmapOf(d);
    for (let i = 0; i < d.length; i++) {
      const j = d.offset + i;
      out[p++] = !nulls || isSet(nulls, j) ? (bits[j >> 3]! >> (j & 7)) & 1 : FLAG_ABSENT;
    }
  }
  return out;
}

function readUtf8(table: Table, name: string, n: number): Utf8Column {
  const parts = chunks(table, name);
  let total = 0;
  for (const d of parts) total += d.valueOffsets[d.length]! - d.valueOffsets[0]!;
  const offsets = new Int32Array(n + 1);
  if (parts.length === 1) {
    // One batch: keep a view on the file's bytes rather than copying hundreds of MB of details.
    const d = parts[0]!;
    const o = d.valueOffsets;
    const b0 = o[0]!;
    for (let i = 0; i <= d.length; i++) offsets[i] = o[i]! - b0;
    return { offsets, bytes: (d.values as Uint8Array).subarray(b0, o[d.length]!) };
  }
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
    // Files written before referents were recorded have no such column.
    referent: table.getChild('referent')
      ? readDict(table, 'referent', n)
      : { codes: new Int32Array(n).fill(-1), values: [] },
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
