import type { IngestError } from '../../model/article.ts';
import type { Actor, Chronology, ChronologyEvent, Mention, Place } from '../../model/chronology.ts';
import { createArticleIndex } from './articleIndex.ts';
import { eventTimeFromParts } from './eventTimeFromParts.ts';
import { EVENT_TYPES, isEventType } from './isEventType.ts';
import { formatCsv, parseCsv } from './parseCsv.ts';

/** The columns `toEventsCsv` writes, in order. */
export const EVENTS_CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'value',
  'approximate',
  'reported',
  'title',
  'status',
  'type',
  'actors',
  'places',
  'lat',
  'lon',
  'fatalities',
  'injured',
  'arrested',
  'corroboration',
  'sources',
  'urls',
  'sentence',
] as const;

type Column = (typeof EVENTS_CSV_COLUMNS)[number];

/** Other names hand-made sheets use for our columns (matched case-insensitively). */
const ALIASES: Readonly<Record<string, Column>> = {
  date: 'start',
  start_date: 'start',
  end_date: 'end',
  headline: 'title',
  event: 'title',
  event_type: 'type',
  actor: 'actors',
  place: 'places',
  location: 'places',
  latitude: 'lat',
  longitude: 'lon',
  lng: 'lon',
  deaths: 'fatalities',
  killed: 'fatalities',
  wounded: 'injured',
  source: 'sources',
  url: 'urls',
  text: 'sentence',
  description: 'sentence',
  notes: 'sentence',
};

/** Separates the items of a list cell; a semicolon survives spreadsheets that re-split on commas. */
const LIST_SEPARATOR = '; ';

/**
 * Spreadsheets run cells starting with these as formulas (CSV injection). Leading quotes are
 * included so that a cell which already starts with `'` plus one of them round-trips.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function neutralize(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function restore(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

function num(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

/**
 * Writes events as RFC 4180 CSV (CRLF, header row, `EVENTS_CSV_COLUMNS`), one row per event in
 * the order given. List cells (actors, places, sources, urls) join items with `; `; `sources`
 * and `urls` are aligned per cited article; `lat`/`lon` are those of the first located place,
 * which is listed first in `places`;
 * `sentence` is the first mention's. Cells that a spreadsheet would evaluate are prefixed with `'`.
 */
export function toEventsCsv(chronology: Chronology, events: readonly ChronologyEvent[]): string {
  const articles = new Map(chronology.articles.map((a) => [a.id, a]));
  const rows: string[][] = [[...EVENTS_CSV_COLUMNS]];
  for (const e of events) {
    const cited = [...new Set(e.mentions.map((m) => m.article))];
    const located = e.places.find((p) => p.lat !== undefined && p.lon !== undefined);
    // The located place goes first: on import the one coordinate pair belongs to the first place.
    const places = located ? [located, ...e.places.filter((p) => p !== located)] : e.places;
    const row: Record<Column, string> = {
      id: e.id,
      start: e.when.start,
      end: e.when.end,
      precision: e.when.precision,
      value: e.when.value,
      approximate: String(e.when.approximate),
      reported: e.reported,
      title: e.title,
      status: e.status ?? '',
      type: e.type ?? '',
      actors: e.actors.map((a) => a.name).join(LIST_SEPARATOR),
      places: places.map((p) => p.name).join(LIST_SEPARATOR),
      lat: num(located?.lat),
      lon: num(located?.lon),
      fatalities: num(e.fatalities),
      injured: num(e.injured),
      arrested: num(e.arrested),
      corroboration: num(e.corroboration),
      sources: cited.map((id) => articles.get(id)?.source ?? id).join(LIST_SEPARATOR),
      urls: cited.map((id) => articles.get(id)?.url ?? '').join(LIST_SEPARATOR),
      sentence: e.mentions[0]?.sentence.text ?? '',
    };
    rows.push(EVENTS_CSV_COLUMNS.map((c) => neutralize(row[c])));
  }
  return formatCsv(rows);
}

function splitList(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split(/;\s*/).map((s) => s.trim());
}

function parseCount(cell: string, name: string, integer = false): number | undefined | string {
  if (cell.trim() === '') return undefined;
  const n = Number(cell.trim());
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    return `${name} "${cell}" is not a ${integer ? 'whole ' : ''}number ≥ 0`;
  }
  return n;
}

function parseBoolean(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0' || v === 'no') return v === '' ? undefined : false;
  if (v === 'true' || v === '1' || v === 'yes') return true;
  return undefined;
}

function baseName(fileName: string): string {
  return (
    fileName
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]+$/, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-') || 'csv'
  );
}

/**
 * Reads events from CSV with a header row. Columns are matched by name (ours, or common aliases
 * such as `date`, `headline`, `latitude`), so hand-made sheets load too; only a start date and a
 * title are required. A bad row yields an error naming the file, its line and the problem, and
 * the other rows still load. Tab-separated files are recognised from the header.
 */
export function fromEventsCsv(
  text: string,
  fileName = 'events.csv',
): { chronology: Chronology; errors: IngestError[] } {
  const errors: IngestError[] = [];
  const fail = (line: number, message: string) => errors.push({ file: fileName, line, message });
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const { records, problems } = parseCsv(text, delimiter);
  for (const p of problems) fail(p.line, p.message);
  const [header, ...rows] = records;
  const empty: Chronology = { version: 1, articles: [], events: [] };
  if (!header) {
    if (problems.length === 0) fail(1, 'empty file: expected a header row such as id,start,end,title');
    return { chronology: empty, errors };
  }
  const columnOf = new Map<Column, number>();
  header.fields.forEach((name, i) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, '_');
    const col = (EVENTS_CSV_COLUMNS as readonly string[]).includes(key) ? (key as Column) : ALIASES[key];
    if (col && !columnOf.has(col)) columnOf.set(col, i);
  });
  if (!columnOf.has('start') || !columnOf.has('title')) {
    fail(header.line, `header needs a "start" (or "date") and a "title" (or "headline") column`);
    return { chronology: empty, errors };
  }
  const index = createArticleIndex();
  const events: ChronologyEvent[] = [];
  const seen = new Set<string>();
  const fileBase = baseName(fileName);
  for (const record of rows) {
    const get = (c: Column): string => {
      const i = columnOf.get(c);
      // Spreadsheets on Windows write CRLF inside quoted cells; the model's text uses LF.
      return i === undefined ? '' : restore(record.fields[i] ?? '').replace(/\r\n?/g, '\n');
    };
    const event = readRow(get, record.line, fileBase, index);
    if (record.fields.length > header.fields.length) {
      fail(record.line, `row has ${record.fields.length} fields but the header has ${header.fields.length}`);
    } else if (typeof event === 'string') {
      fail(record.line, event);
    } else if (seen.has(event.id)) {
      fail(record.line, `duplicate id "${event.id}" (an earlier row already has it)`);
    } else {
      seen.add(event.id);
      events.push(event);
    }
  }
  return { chronology: { version: 1, articles: index.articles(), events }, errors };
}

/** Turns one row into an event, or a message saying what is wrong with it. */
function readRow(
  get: (c: Column) => string,
  line: number,
  fileBase: string,
  index: ReturnType<typeof createArticleIndex>,
): ChronologyEvent | string {
  const title = get('title').trim();
  const sentence = get('sentence');
  if (!title) return 'missing title';
  const approximateCell = get('approximate');
  const approximate = parseBoolean(approximateCell);
  if (approximateCell.trim() && approximate === undefined) {
    return `approximate "${approximateCell}" is not true or false`;
  }
  const when = eventTimeFromParts({
    start: get('start'),
    end: get('end'),
    precision: get('precision'),
    value: get('value'),
    approximate: approximate ?? false,
  });
  if (typeof when === 'string') return when;
  const reportedCell = get('reported').trim();
  const reported = reportedCell || when.end.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reported)) return `reported "${reportedCell}" is not a YYYY-MM-DD date`;
  const type = get('type').trim().toLowerCase();
  if (type && !isEventType(type)) return `unknown type "${type}" (expected one of ${EVENT_TYPES.join(', ')})`;
  const counts: Record<string, number> = {};
  for (const c of ['fatalities', 'injured', 'arrested', 'corroboration'] as const) {
    const v = parseCount(get(c), c, c === 'corroboration');
    if (typeof v === 'string') return v;
    if (v !== undefined) counts[c] = v;
  }
  const places = readPlaces(get);
  if (typeof places === 'string') return places;
  const sources = splitList(get('sources'));
  const urls = splitList(get('urls'));
  const refs = Array.from({ length: Math.max(sources.length, urls.length) }, (_, i) => ({
    source: sources[i] || hostOf(urls[i]) || fileBase,
    ...(urls[i] ? { url: urls[i] } : {}),
  }));
  if (refs.length === 0) refs.push({ source: fileBase });
  const span = { start: 0, end: sentence.length, text: sentence };
  const mentions: Mention[] = refs.map((ref) => ({ article: index.cite(ref, reported), sentence: span }));
  const actors: Actor[] = splitList(get('actors')).map((name) => ({ name }));
  return {
    id: get('id').trim() || `${fileBase}-line-${line}`,
    title,
    when,
    reported,
    mentions,
    actors,
    places,
    ...(type && isEventType(type) ? { type } : {}),
    ...(get('status').trim().toLowerCase() === 'planned' ? { status: 'planned' as const } : {}),
    ...counts,
  };
}

function readPlaces(get: (c: Column) => string): Place[] | string {
  const names = splitList(get('places'));
  const latCell = get('lat').trim();
  const lonCell = get('lon').trim();
  if (!latCell && !lonCell) return names.map((name) => ({ name }));
  const lat = Number(latCell);
  const lon = Number(lonCell);
  if (!latCell || !Number.isFinite(lat) || lat < -90 || lat > 90) return `lat "${latCell}" is not a latitude`;
  if (!lonCell || !Number.isFinite(lon) || lon < -180 || lon > 180)
    return `lon "${lonCell}" is not a longitude`;
  // The flat format keeps one coordinate pair: it belongs to the first place (or an unnamed one).
  const [first = 'Unnamed place', ...rest] = names;
  return [{ name: first, lat, lon }, ...rest.map((name) => ({ name }))];
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m?.[1];
}
