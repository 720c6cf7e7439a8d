import type { EventIndex } from './eventIndex.ts';

/** What the timeline groups events by, one lane per value. */
export type LaneBy = 'none' | 'place' | 'actor' | 'type' | 'source';

/** A horizontal lane: its key, label and the positions of its events, sorted by start. */
export interface Lane {
  readonly key: string;
  readonly label: string;
  readonly positions: Uint32Array;
}

// Columnar chronologies share one list among many events: its lane keys are worked out once.
const names = new WeakMap<readonly { name: string }[], readonly string[]>();
function namesOf(list: readonly { name: string }[], none: string): readonly string[] {
  let keys = names.get(list);
  if (!keys) {
    keys = list.length ? [...new Set(list.map((x) => x.name))] : [none];
    names.set(list, keys);
  }
  return keys;
}

/** Lane values of one event: an event with several places sits in several place lanes. */
export function laneKeysOf(index: EventIndex, p: number, by: LaneBy): readonly string[] {
  const e = index.events[p]!;
  switch (by) {
    case 'none':
      return ['all'];
    case 'place':
      return namesOf(e.places, 'No place');
    case 'actor':
      return namesOf(e.actors, 'No actor');
    case 'type':
      return [e.type ?? 'other'];
    case 'source':
      return index.sources[p]!.length ? index.sources[p]! : ['Unknown source'];
  }
}

/**
 * Groups start-sorted positions into lanes, biggest first. Beyond `maxLanes - 1` values the rest
 * share one "Other" lane so the view stays legible with thousands of actors.
 */
export function groupLanes(index: EventIndex, sorted: ArrayLike<number>, by: LaneBy, maxLanes = 10): Lane[] {
  if (by === 'none') return [{ key: 'all', label: 'All events', positions: Uint32Array.from(sorted) }];
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    for (const k of laneKeysOf(index, p, by)) {
      const b = buckets.get(k);
      if (b) b.push(p);
      else buckets.set(k, [p]);
    }
  }
  const ranked = [...buckets].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const kept = ranked.length > maxLanes ? ranked.slice(0, maxLanes - 1) : ranked;
  const lanes: Lane[] = kept.map(([key, ps]) => ({ key, label: key, positions: Uint32Array.from(ps) }));
  if (ranked.length > maxLanes) {
    const rest = new Set<number>();
    for (const [, ps] of ranked.slice(maxLanes - 1)) for (const p of ps) rest.add(p);
    const positions = Uint32Array.from(rest).sort((a, b) => index.start[a]! - index.start[b]! || a - b);
    lanes.push({ key: '\u0000other', label: `Other (${ranked.length - maxLanes + 1})`, positions });
  }
  return lanes;
}
