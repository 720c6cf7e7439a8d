import { MERGE_THRESHOLD, mergeEvents, prepare, similarity } from '../events/merge/mergeEvents.ts';
import type { ArticleMeta } from '../model/article.ts';
import type { ChronologyEvent } from '../model/chronology.ts';

/**
 * How far apart, in days, the ends of two events that `mergeEvents` may merge can lie. It only
 * compares an event with clusters whose base ends in the same week or the week either side
 * (`Math.floor(endDay / 7)` within 1), so two ends can be at most 13 days apart.
 */
export const MERGE_REACH_DAYS = 13;

/** What `similarity` compares; its type follows `mergeEvents`, so a change of shape fails typecheck. */
type Prepared = Parameters<typeof similarity>[0];

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
const week = (day: number) => Math.floor(day / 7);

/** Articles by id, built once and shared by every partition (metadata is small: broadcast it). */
export type ArticleIndex = ReadonlyMap<string, ArticleMeta>;

/** Indexes article metadata by id for `mergePartition` and `reconcileEdges`. */
export function indexArticles(articles: readonly ArticleMeta[]): ArticleIndex {
  return new Map(articles.map((a) => [a.id, a]));
}

const sourceOf = (articles: ArticleIndex, id: string) => articles.get(id)?.source || id;

/**
 * Whether `mergeEvents` could ever put the two events in one cluster: their ends fall in weeks at
 * most one apart and their similarity reaches the threshold. Clustering is greedy, but an event
 * only ever reads and joins clusters whose base it could merge with, so events that are not linked
 * by a chain of such pairs never influence each other.
 */
function couldMerge(a: Prepared, b: Prepared): boolean {
  if (Math.abs(week(a.end) - week(b.end)) > 1) return false;
  const sim = similarity(a, b);
  return sim !== undefined && sim.score >= MERGE_THRESHOLD;
}

/** The partition that owns an event: the bucket of `days` days its end falls in (`NaN` dates own one). */
export function partitionOf(event: ChronologyEvent, days: number): number {
  const k = Math.floor(dayNumber(event.when.end) / days);
  return Number.isNaN(k) ? Number.NaN : k;
}

/**
 * The partitions an event is sent to: its own, and every neighbour whose bucket lies within
 * `MERGE_REACH_DAYS` of its end (the overlap), so each partition sees every event that could merge
 * with one of its own.
 */
export function partitionsOf(event: ChronologyEvent, days: number): number[] {
  const end = dayNumber(event.when.end);
  if (Number.isNaN(end)) return [Number.NaN];
  const first = Math.floor((end - MERGE_REACH_DAYS) / days);
  const last = Math.floor((end + MERGE_REACH_DAYS) / days);
  const keys: number[] = [];
  for (let k = first; k <= last; k++) keys.push(k);
  return keys;
}

/** A group of events that may merge across a partition edge: the owner's events and every member's id. */
export interface EdgeGroup {
  /** Events of the group owned by the partition that found it. */
  readonly owned: readonly ChronologyEvent[];
  /** Ids of every event of the group, owned here or by a neighbour. */
  readonly ids: readonly string[];
}

/** What one partition yields: merged events final already, and groups to reconcile across edges. */
export interface PartitionResult {
  readonly events: readonly ChronologyEvent[];
  readonly edges: readonly EdgeGroup[];
}

/** Merges a group with only the articles its events mention, so each call stays small. */
function mergeGroup(events: readonly ChronologyEvent[], byArticle: ArticleIndex): ChronologyEvent[] {
  const metas = new Map<string, ArticleMeta>();
  for (const e of events)
    for (const m of e.mentions) {
      const meta = byArticle.get(m.article);
      if (meta) metas.set(m.article, meta);
    }
  return mergeEvents(events, [...metas.values()]);
}

function unionFind(n: number): { find(x: number): number; union(a: number, b: number): void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  return {
    find,
    union: (a, b) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}

/**
 * The reduce of one partition: `events` are every event sent to partition `key` (its own and the
 * overlap). Links the events that could merge; a linked group of its own events only is merged here
 * and final, a group that reaches into the overlap is handed on to `reconcileEdges`.
 */
export function mergePartition(
  key: number,
  events: readonly ChronologyEvent[],
  days: number,
  byArticle: ArticleIndex,
): PartitionResult {
  const prepared = events.map((e) => prepare(e, (id) => sourceOf(byArticle, id)));
  const owned = events.map((e) => Object.is(partitionOf(e, days), key));
  // Sorted by end, a pair that could merge lies within MERGE_REACH_DAYS of each other.
  const order = prepared.map((_, i) => i).sort((a, b) => prepared[a]!.end - prepared[b]!.end || a - b);
  const uf = unionFind(events.length);
  // Undated (NaN) ends only ever meet each other, all in one partition: one group.
  if (Number.isNaN(key)) for (let i = 1; i < events.length; i++) uf.union(0, i);
  else {
    // Only events sharing a title word can merge (as in `mergeEvents`' blocking): each event is
    // compared with the later ones of each of its words, within reach.
    const byWord = new Map<string, number[]>();
    order.forEach((i, x) => {
      for (const w of prepared[i]!.words) {
        const list = byWord.get(w);
        if (list) list.push(x);
        else byWord.set(w, [x]);
      }
    });
    for (let x = 0; x < order.length; x++) {
      const a = prepared[order[x]!]!;
      const seen = new Set<number>();
      for (const w of a.words) {
        const list = byWord.get(w)!;
        let lo = 0;
        for (let hi = list.length; lo < hi; ) {
          const mid = (lo + hi) >> 1;
          if (list[mid]! <= x) lo = mid + 1;
          else hi = mid;
        }
        for (let n = lo; n < list.length; n++) {
          const y = list[n]!;
          const b = prepared[order[y]!]!;
          if (b.end - a.end > MERGE_REACH_DAYS) break;
          if (seen.has(y)) continue;
          seen.add(y);
          if (couldMerge(a, b)) uf.union(order[x]!, order[y]!);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  events.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const merged: ChronologyEvent[] = [];
  const edges: EdgeGroup[] = [];
  for (const members of groups.values()) {
    const mine = members.filter((i) => owned[i]).map((i) => events[i]!);
    if (mine.length === 0) continue;
    if (members.every((i) => owned[i])) merged.push(...mergeGroup(mine, byArticle));
    else edges.push({ owned: mine, ids: members.map((i) => events[i]!.id) });
  }
  return { events: merged, edges };
}

/**
 * The reconciling reduce: joins edge groups of neighbouring partitions that share an event into the
 * whole linked group and merges each. Edge groups are few, so this runs in one place.
 */
export function reconcileEdges(edges: readonly EdgeGroup[], byArticle: ArticleIndex): ChronologyEvent[] {
  const index = new Map<string, number>();
  const idOf = (id: string) => {
    const known = index.get(id);
    if (known !== undefined) return known;
    index.set(id, index.size);
    return index.size - 1;
  };
  for (const g of edges) for (const id of g.ids) idOf(id);
  const uf = unionFind(index.size);
  for (const g of edges) for (const id of g.ids) uf.union(idOf(g.ids[0]!), idOf(id));
  const groups = new Map<number, ChronologyEvent[]>();
  for (const g of edges) {
    const root = uf.find(idOf(g.ids[0]!));
    const list = groups.get(root) ?? [];
    list.push(...g.owned);
    groups.set(root, list);
  }
  return [...groups.values()].flatMap((events) => mergeGroup(events, byArticle));
}

/**
 * `mergeEvents` run partition by partition, as a cluster would run it: events are bucketed by the
 * `days`-day window their end falls in, each bucket is sent its neighbours' events within reach
 * (the overlap), each partition merges what is wholly its own, and groups that cross an edge are
 * reconciled. The result is the same events as `mergeEvents(events, articles)`, in id order.
 */
export function partitionedMerge(
  events: readonly ChronologyEvent[],
  articles: readonly ArticleMeta[],
  days: number,
): ChronologyEvent[] {
  if (!(days >= 1)) throw new RangeError(`partition days must be at least 1, got ${days}`);
  const partitions = new Map<number, ChronologyEvent[]>();
  for (const e of events)
    for (const k of partitionsOf(e, days)) {
      const list = partitions.get(k) ?? [];
      list.push(e);
      partitions.set(k, list);
    }
  const byArticle = indexArticles(articles);
  const results = [...partitions].map(([k, list]) => mergePartition(k, list, days, byArticle));
  const merged = [
    ...results.flatMap((r) => r.events),
    ...reconcileEdges(
      results.flatMap((r) => r.edges),
      byArticle,
    ),
  ];
  return merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
