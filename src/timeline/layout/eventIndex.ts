import type { Chronology, ChronologyEvent } from '../../model/chronology.ts';
import { shownTitle } from '../../model/shownTitle.ts';
import { eventInterval, isVague, parseIsoTime } from './eventTime.ts';
import { sortByStart } from './sortByStart.ts';

/**
 * Columnar, read-only numbers derived once from a chronology, so that culling, binning and
 * filtering at 100,000 events work on typed arrays instead of re-parsing dates every frame.
 */
export interface EventIndex {
  readonly chronology: Chronology;
  readonly events: readonly ChronologyEvent[];
  /** Interval start/end (UTC ms, end exclusive) by event position. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Reported date (UTC ms). */
  readonly reported: Float64Array;
  /** Bigger means more worth a label: corroboration and fatalities. */
  readonly importance: Float64Array;
  readonly vague: Uint8Array;
  /** Lower-cased text searched by the search box: title, sentences, actors, places, sources (built on first use). */
  searchTextOf(p: number): string;
  /** Source name of each event's articles. */
  readonly sources: readonly (readonly string[])[];
  readonly positionById: ReadonlyMap<string, number>;
  /** Positions sorted by start time. */
  readonly byStart: Uint32Array;
  /** [min start, max end] over all events, or null when there are none. */
  readonly extent: readonly [number, number] | null;
  /** Longest interval; lets culling bisect on start alone. */
  readonly maxDuration: number;
}

/** Precisely dated events say more per pixel than a whole year or a vague "recently". */
const PRECISION_BONUS: Record<string, number> = {
  time: 4,
  day: 4,
  week: 2,
  month: 0,
  season: -1,
  quarter: -1,
  year: -3,
  decade: -5,
  vague: -5,
};

/**
 * The label priority of an event. With the salience stage's ranking: key events first, then by
 * salience, running totals last. Without it (older chronologies): corroborated, deadly, precisely
 * dated events win label space first.
 */
export function importanceOf(e: ChronologyEvent): number {
  const corroboration = e.corroboration ?? new Set(e.mentions.map((m) => m.article)).size;
  if (e.salience !== undefined) {
    return (
      e.salience * 60 +
      (e.key ? 40 : 0) +
      (e.tally ? -30 : 0) +
      Math.log2(1 + corroboration) * 2 +
      (e.when.approximate ? -4 : 0) +
      (PRECISION_BONUS[e.when.precision] ?? 0)
    );
  }
  return (
    Math.log2(1 + corroboration) * 12 +
    Math.log1p(e.fatalities ?? 0) * 6 +
    Math.log1p(e.injured ?? 0) * 2 +
    (e.isReport ? -3 : 0) +
    (e.when.approximate ? -4 : 0) +
    (PRECISION_BONUS[e.when.precision] ?? 0)
  );
}

/**
 * The window worth showing first: where most events and all reports fall (2nd–98th percentile
 * of starts and ends, widened to the reporting dates), so a stray "1948" or "2042" does not
 * squash the view.
 */
export function focusExtent(index: EventIndex): readonly [number, number] | null {
  const n = index.byStart.length;
  if (!index.extent || n === 0) return null;
  let lo = index.start[index.byStart[Math.floor(n * 0.02)]!]!;
  const ends = Float64Array.from(index.end).sort();
  let hi = ends[Math.min(n - 1, Math.ceil(n * 0.98) - 1)]!;
  for (let p = 0; p < n; p++) {
    if (index.reported[p]! < lo) lo = index.reported[p]!;
    if (index.reported[p]! + 86_400_000 > hi) hi = index.reported[p]! + 86_400_000;
  }
  return [Math.max(index.extent[0], lo), Math.min(index.extent[1], hi)];
}

/**
 * What a columnar source (an Arrow file, synthetic columns) already knows, so indexing a million
 * events neither re-parses dates nor reads every event's mentions.
 */
export interface IndexColumns {
  /** The drawn interval `[start, end)` and report day in UTC ms, by position. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly reported: Float64Array;
  /** Source names of an event's articles. */
  sourcesOf(p: number): readonly string[];
}

/** Builds the columnar index of a chronology. */
export function buildEventIndex(chronology: Chronology, columns?: IndexColumns): EventIndex {
  const events = chronology.events;
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const reported = new Float64Array(n);
  const importance = new Float64Array(n);
  const vague = new Uint8Array(n);
  const sourceByArticle = new Map(chronology.articles.map((a) => [a.id, a.source]));
  const titleByArticle = new Map(chronology.articles.map((a) => [a.id, a.title]));
  const searchText: (string | undefined)[] = new Array(n);
  const sources: (readonly string[])[] = [];
  // Built on first use: a million string keys cost half a second the first paint does not need.
  let positionById: Map<string, number> | undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let maxDuration = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const iv = columns ? { start: columns.start[i]!, end: columns.end[i]! } : eventInterval(e);
    start[i] = iv.start;
    end[i] = iv.end;
    reported[i] = columns ? columns.reported[i]! : parseIsoTime(e.reported);
    importance[i] = importanceOf(e);
    vague[i] = isVague(e) ? 1 : 0;
    if (iv.start < min) min = iv.start;
    if (iv.end > max) max = iv.end;
    if (reported[i]! > max) max = reported[i]!;
    if (iv.end - iv.start > maxDuration) maxDuration = iv.end - iv.start;
    const src = columns
      ? columns.sourcesOf(i)
      : e.mentions.length === 1
        ? [sourceByArticle.get(e.mentions[0]!.article) ?? e.mentions[0]!.article]
        : [...new Set(e.mentions.map((m) => sourceByArticle.get(m.article) ?? m.article))];
    sources.push(src);
  }
  const byStart = sortByStart(start);
  return {
    chronology,
    events,
    start,
    end,
    reported,
    importance,
    vague,
    searchTextOf(p: number): string {
      // Built lazily: at 100,000 events this is most of the index cost, and many sessions never search.
      let t = searchText[p];
      if (t === undefined) {
        const e = events[p]!;
        t = [
          shownTitle(e),
          e.type ?? '',
          ...e.mentions.map((m) => m.sentence.text),
          ...e.mentions.map((m) => titleByArticle.get(m.article) ?? ''),
          ...e.actors.map((a) => a.name),
          ...e.places.map((x) => x.name),
          ...sources[p]!,
        ]
          .join('\n')
          .toLowerCase();
        searchText[p] = t;
      }
      return t;
    },
    sources,
    get positionById(): ReadonlyMap<string, number> {
      if (!positionById) {
        positionById = new Map();
        for (let i = 0; i < n; i++) positionById.set(events[i]!.id, i);
      }
      return positionById;
    },
    byStart,
    extent: n > 0 ? [min, max] : null,
    maxDuration,
  };
}
