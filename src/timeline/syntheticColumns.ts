import type { ChronologyColumns, EventDetail } from '../chronology/formats/arrowColumns.ts';
import { FLAG_ABSENT } from '../chronology/formats/arrowColumns.ts';
import type { DetailSource } from '../chronology/formats/arrowEvents.ts';
import type { ArticleMeta } from '../model/article.ts';
import type { Mention } from '../model/chronology.ts';
import type { Precision } from '../model/timex.ts';
import {
  ACTORS,
  isoDay,
  PLACES,
  SOURCES,
  type SyntheticOptions,
  seededRandom,
  TYPES,
  VERBS,
} from './synthetic.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PRECISIONS: readonly Precision[] = ['day', 'week', 'month', 'time', 'vague'];

/**
 * One dictionary of date strings shared by the date columns: whole days are coded through a
 * table indexed by day (no string hashing per event), other strings through a map.
 */
function dateDictionary(firstDay: number, lastDay: number) {
  const values: string[] = [];
  const byDay = new Int32Array(Math.max(1, (lastDay - firstDay) / DAY + 1)).fill(-1);
  const byString = new Map<string, number>();
  const code = (s: string): number => {
    let c = byString.get(s);
    if (c === undefined) {
      c = values.length;
      values.push(s);
      byString.set(s, c);
    }
    return c;
  };
  return {
    values,
    code,
    day(ms: number): number {
      const k = (ms - firstDay) / DAY;
      if (!(k >= 0 && k < byDay.length && Number.isInteger(k))) return code(isoDay(ms));
      let c = byDay[k]!;
      if (c < 0) {
        c = code(isoDay(ms));
        byDay[k] = c;
      }
      return c;
    },
  };
}

/**
 * The events of {@link syntheticChronology} (same seed, same events) generated straight into
 * columns: a million events cost typed arrays and a few shared strings instead of millions of
 * nested objects. Mentions and explanations are made up when an event is opened.
 */
export function syntheticColumns(
  n: number,
  options: SyntheticOptions = {},
): { columns: ChronologyColumns; detail: DetailSource } {
  const rand = seededRandom(options.seed ?? 1);
  const pickIndex = (length: number): number => Math.floor(rand() * length);
  const from = Date.parse(`${options.from ?? '2011-03-01'}T00:00:00Z`);
  const days = options.days ?? 365 * 4;
  const articleCount = Math.max(1, Math.ceil(n / 4));
  const dayCache = new Map<number, string>();
  const iso = (ms: number): string => {
    let s = dayCache.get(ms);
    if (s === undefined) {
      s = isoDay(ms);
      dayCache.set(ms, s);
    }
    return s;
  };
  const articles: ArticleMeta[] = [];
  const articleMs = new Float64Array(articleCount);
  const articleSource = new Uint8Array(articleCount);
  for (let i = 0; i < articleCount; i++) {
    const ms = from + Math.floor(rand() * days) * DAY;
    const s = pickIndex(SOURCES.length);
    articleMs[i] = ms;
    articleSource[i] = s;
    const source = SOURCES[s]!;
    articles.push({
      id: `a${i}`,
      title: `${source} report ${i + 1}`,
      source,
      published: iso(ms),
      url: `https://example.org/a${i}`,
    });
  }
  const actorLists = ACTORS.map((name) => JSON.stringify([{ name, kind: 'group' }]));
  const placeLists = PLACES.map((place) => JSON.stringify([place]));
  const sourceLists = SOURCES.map((source) => JSON.stringify([source]));
  const centres = Array.from({ length: 12 }, () => from + rand() * days * DAY);
  const title: string[] = new Array(n);
  const titles = new Map<number, string>();
  // Earliest and latest day any date column can hold: bursts spread ±20 days, months and "on or before" reach back.
  const dates = dateDictionary(from - 80 * DAY, from + (days + 80) * DAY);
  const codes = (): Int32Array => new Int32Array(n);
  const [start, end, value, reported, precision, mod, type, actors, places, sources] = Array.from(
    { length: 10 },
    codes,
  ) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const reportedMs = new Float64Array(n);
  const approximateFlags = new Uint8Array(n);
  const absent = new Uint8Array(n).fill(FLAG_ABSENT);
  const nan = (): Float64Array => new Float64Array(n).fill(Number.NaN);
  const fatalities = nan();
  const corroboration = new Float64Array(n);
  // What the made-up detail needs: the article, the stated day, and whether the date was stated.
  const article = new Int32Array(n);
  const stated = new Float64Array(n);
  const onOrBefore = new Uint8Array(n);
  const undated = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Same draws in the same order as syntheticChronology, so both give the same events.
    const a = pickIndex(articleCount);
    const published = articleMs[a]!;
    const burst = rand() < 0.6;
    const base = burst
      ? centres[pickIndex(centres.length)]! + (rand() - 0.5) * 40 * DAY
      : from + rand() * days * DAY;
    const day = Math.min(published, Math.floor(base / DAY) * DAY);
    const r = rand();
    const prec = r < 0.7 ? 0 : r < 0.8 ? 1 : r < 0.88 ? 2 : r < 0.95 ? 3 : 4;
    const approximate = prec === 0 && rand() < 0.15;
    let s = day;
    let e = day;
    if (prec === 1) e = day + 6 * DAY;
    if (prec === 2) {
      const d = new Date(day);
      s = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      e = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    }
    if (approximate || prec === 4) s = day - 7 * DAY;
    const t = pickIndex(TYPES.length);
    const pl = pickIndex(PLACES.length);
    const ty = TYPES[t]!;
    const f = ty === 'battle' || ty === 'explosion' ? Math.floor(rand() ** 3 * 60) : 0;
    const key = t * 64 + pl;
    let tt = titles.get(key);
    if (tt === undefined) {
      tt = `${VERBS[ty]} ${PLACES[pl]!.name}`;
      titles.set(key, tt);
    }
    corroboration[i] = 1 + Math.floor(rand() ** 4 * 5);
    if (prec === 3) {
      const at = day + Math.floor(rand() * 24) * HOUR;
      const stamp = new Date(at).toISOString().slice(0, 16);
      start[i] = dates.code(stamp);
      end[i] = start[i]!;
      startMs[i] = at;
      endMs[i] = at + 60_000;
    } else {
      start[i] = dates.day(s);
      end[i] = dates.day(e);
      startMs[i] = s;
      endMs[i] = e + DAY;
    }
    const actor = pickIndex(ACTORS.length);
    title[i] = tt;
    value[i] = prec === 4 ? dates.code('PAST_REF') : dates.day(day);
    reported[i] = dates.day(published);
    reportedMs[i] = published;
    precision[i] = prec;
    mod[i] = approximate ? 0 : -1;
    type[i] = t;
    actors[i] = actor;
    places[i] = pl;
    sources[i] = articleSource[a]!;
    approximateFlags[i] = approximate || prec === 4 ? 1 : 0;
    if (f) fatalities[i] = f;
    article[i] = a;
    stated[i] = day;
    onOrBefore[i] = approximate ? 1 : 0;
    undated[i] = approximate || prec === 4 ? 1 : 0;
  }
  const columns: ChronologyColumns = {
    length: n,
    articles,
    // Ids follow the position: made when asked for, not a million strings up front.
    id: (p) => `s${p}`,
    title,
    start: { codes: start, values: dates.values },
    end: { codes: end, values: dates.values },
    value: { codes: value, values: dates.values },
    reported: { codes: reported, values: dates.values },
    startMs,
    endMs,
    reportedMs,
    precision: { codes: precision, values: PRECISIONS },
    mod: { codes: mod, values: ['ON_OR_BEFORE'] },
    type: { codes: type, values: TYPES },
    status: { codes: new Int32Array(n).fill(-1), values: [] },
    referent: { codes: new Int32Array(n).fill(-1), values: [] },
    approximate: approximateFlags,
    isReport: absent,
    countsApproximate: absent,
    fatalities,
    injured: nan(),
    arrested: nan(),
    corroboration,
    actors: { codes: actors, values: actorLists },
    places: { codes: places, values: placeLists },
    sources: { codes: sources, values: sourceLists },
    detail: { offsets: new Int32Array(1), bytes: new Uint8Array() },
  };
  const detail = (p: number): EventDetail => {
    const art = articles[article[p]!]!;
    const day = iso(stated[p]!);
    const sentence = `${title[p]} on ${day}, ${art.source} said.`;
    const timexStart = title[p]!.length + 4;
    const f = fatalities[p]!;
    const mention: Mention = {
      article: art.id,
      sentence: { start: 0, end: sentence.length, text: sentence },
      ...(undated[p]
        ? {}
        : { timex: { start: timexStart, end: timexStart + 10, text: day, type: 'DATE', value: day } }),
      ...(Number.isNaN(f) ? {} : { fatalities: f }),
    };
    return {
      mentions: [mention],
      explanation: onOrBefore[p]
        ? `on or before the publication date (${art.published})`
        : `stated as ${day}`,
    };
  };
  return { columns, detail };
}
