import type { EventIndex } from '../layout/eventIndex.ts';
import { parseIsoTime } from '../layout/eventTime.ts';
import type { Filters } from './timelineState.ts';

/** Splits a search into lower-case words; quotes keep a phrase together. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.toLowerCase().matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? '').trim();
    if (t) terms.push(t);
  }
  return terms;
}

function anyOf(selected: readonly string[], values: readonly string[]): boolean {
  return selected.length === 0 || values.some((v) => selected.includes(v));
}

/**
 * Positions of the events that pass the search and every facet, in start order. An event
 * passes a date range when its interval overlaps it.
 */
export function filterEvents(index: EventIndex, query: string, filters: Filters): Uint32Array {
  const terms = searchTerms(query);
  const from = filters.from ? parseIsoTime(filters.from) : Number.NEGATIVE_INFINITY;
  const to = filters.to ? parseIsoTime(filters.to) + 86_400_000 : Number.POSITIVE_INFINITY;
  const facets = filters.types.length + filters.precisions.length + filters.places.length;
  // Nothing to test: a copy of the start order, without touching a million event objects.
  if (
    !terms.length &&
    !filters.from &&
    !filters.to &&
    !facets &&
    !filters.actors.length &&
    !filters.sources.length &&
    !filters.keyOnly
  )
    return index.byStart.slice();
  const out: number[] = [];
  for (const p of index.byStart) {
    const e = index.events[p]!;
    if (index.end[p]! <= from || index.start[p]! >= to) continue;
    if (filters.keyOnly && !e.key) continue;
    if (!anyOf(filters.types, [e.type ?? 'other'])) continue;
    if (!anyOf(filters.precisions, [e.when.precision])) continue;
    if (
      filters.places.length &&
      !anyOf(
        filters.places,
        e.places.flatMap((x) => [x.name, x.within ?? '']),
      )
    )
      continue;
    if (
      filters.actors.length &&
      !anyOf(
        filters.actors,
        e.actors.map((x) => x.name),
      )
    )
      continue;
    if (!anyOf(filters.sources, index.sources[p]!)) continue;
    if (terms.length) {
      const text = index.searchTextOf(p);
      if (!terms.every((t) => text.includes(t))) continue;
    }
    out.push(p);
  }
  return Uint32Array.from(out);
}

/** Facet values with their counts, most frequent first, for the filter menus. */
export function facetValues(
  index: EventIndex,
  field: 'type' | 'place' | 'actor' | 'source' | 'precision',
): [string, number][] {
  const counts = new Map<string, number>();
  const add = (v: string): void => {
    counts.set(v, (counts.get(v) ?? 0) + 1);
  };
  // Columnar chronologies share one list per distinct value: count lists first, names once per list.
  const lists = new Map<readonly { name: string }[] | readonly string[], number>();
  index.events.forEach((e, p) => {
    if (field === 'type') add(e.type ?? 'other');
    else if (field === 'precision') add(e.when.precision);
    else {
      const list = field === 'place' ? e.places : field === 'actor' ? e.actors : index.sources[p]!;
      lists.set(list, (lists.get(list) ?? 0) + 1);
    }
  });
  for (const [list, k] of lists)
    for (const v of new Set(list.map((x) => (typeof x === 'string' ? x : x.name))))
      counts.set(v, (counts.get(v) ?? 0) + k);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
