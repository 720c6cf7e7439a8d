import type { ArticleMeta } from '../../model/article.ts';
import type { ChronologyEvent, MergeRecord } from '../../model/chronology.ts';

/** Score at or above which two reports are taken for one happening. */
export const MERGE_THRESHOLD = 0.55;

const STOP = new Set(
  'the a an of in on at to for from by with and or but is are was were be been has have had says say said its his her their this that these those as into over after before against between'.split(
    ' ',
  ),
);

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/**
 * Content words of a title, crudely stemmed so "kills"/"killed"/"killing" meet. A figure is one
 * word ("5,000" → "5000"), whatever its length: figures are what running tallies differ in.
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\d]+(?:[,.]\d+)*/gu) ?? []) {
    if (/^\d[\d,.]*$/.test(w)) out.add(w.replace(/,/g, ''));
    else if (!STOP.has(w) && w.length >= 3)
      // (A word's figures go only where it holds a comma or a period: most words hold neither.)
      out.add(
        (w.includes(',') || w.includes('.') ? w.replace(/[,.]\d+/g, '') : w).replace(/(?:ing|ed|es|s)$/, ''),
      );
  }
  return out;
}

const figures = (words: ReadonlySet<string>) =>
  [...words]
    .filter((w) => /^\d/.test(w))
    .sort()
    .join(' ');
const COUNTS = ['fatalities', 'injured', 'arrested'] as const;

/** Whether two reports give different figures: a count of the same kind, or the numbers of their titles. */
function figuresDiffer(a: Prepared, b: Prepared): boolean {
  for (const k of COUNTS) {
    const x = a.event[k];
    const y = b.event[k];
    if (x !== undefined && y !== undefined && x !== y) return true;
  }
  return a.figures !== '' && b.figures !== '' && a.figures !== b.figures;
}

// A stated day ("on 10 May") pins one happening down; a month, a year or an undated report does not.
const statedDay = (p: Prepared) =>
  !p.event.when.approximate && (p.event.when.precision === 'day' || p.event.when.precision === 'time');

/** What each kind of agreement adds to the similarity of two reports (at most 1). */
const WEIGHT = { words: 0.55, place: 0.2, actor: 0.15, sameDay: 0.1, overlap: 0.05 } as const;

const MOST_BESIDE_WORDS = WEIGHT.place + WEIGHT.actor + WEIGHT.sameDay;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

interface Prepared {
  readonly event: ChronologyEvent;
  readonly words: Set<string>;
  readonly start: number;
  readonly end: number;
  readonly articles: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  /** The numbers of the title, sorted ("5000 2011"), for telling tallies apart. */
  readonly figures: string;
  readonly type: string;
  readonly isReport: boolean;
  /** Names of its places and of its actors. */
  readonly places: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  /** Whether it gives a count (fatalities, injured or arrested). */
  readonly counted: boolean;
}

/**
 * The score of two reports (rounded to thousandths), or undefined when they cannot be one
 * happening or cannot reach the threshold. The merge calls this on every candidate pair and builds
 * the reason (`similarity`) only for the pair it keeps.
 */
function score(a: Prepared, b: Prepared, words = jaccard(a.words, b.words)): number | undefined {
  // Shared place, actor and dates add at most the rest: too few shared words can never reach the threshold.
  if (WEIGHT.words * words + MOST_BESIDE_WORDS < MERGE_THRESHOLD) return undefined;
  if (a.type !== b.type) return undefined;
  if (a.isReport !== b.isReport) return undefined;
  // Intervals must overlap, allowing one day of slack so "10 April" and "11 April" can meet.
  if (a.start > b.end + 1 || b.start > a.end + 1) return undefined;
  for (const x of a.articles) if (b.articles.has(x)) return undefined;
  // Running tallies ("the death toll has risen to …") are reported anew every day. On different
  // publication days, different figures are different counts, not sources disagreeing, unless
  // both reports state the day of a single happening.
  if (a.event.reported !== b.event.reported) {
    const differ = figuresDiffer(a, b);
    const stated = statedDay(a) && statedDay(b);
    if (differ && !stated) return undefined;
    // The same source counting again on another day reports a new figure, unless the date and the figures agree.
    if (
      (a.counted || b.counted) &&
      [...a.sources].some((x) => b.sources.has(x)) &&
      !(stated && a.start === b.start && a.end === b.end && !differ)
    )
      return undefined;
  }
  const total =
    WEIGHT.words * words +
    (sharesName(a.places, b.places) ? WEIGHT.place : 0) +
    (sharesName(a.actors, b.actors) ? WEIGHT.actor : 0) +
    (a.start === b.start && a.end === b.end ? WEIGHT.sameDay : WEIGHT.overlap);
  return Math.round(total * 1000) / 1000;
}

const sharesName = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Similarity of two reports and the reason, or undefined when they cannot be one happening. */
export function similarity(a: Prepared, b: Prepared): { score: number; reason: string } | undefined {
  const value = score(a, b);
  if (value === undefined) return undefined;
  const words = jaccard(a.words, b.words);
  const sameDay = a.start === b.start && a.end === b.end;
  const reason = [
    `same type (${a.type})`,
    `title words ${words.toFixed(2)}`,
    sharesName(a.places, b.places) ? 'shared place' : '',
    sharesName(a.actors, b.actors) ? 'shared actor' : '',
    sameDay ? 'same dates' : 'overlapping dates',
  ]
    .filter(Boolean)
    .join(', ');
  return { score: value, reason };
}

/**
 * The view of an event the merge compares: title words, day numbers, articles and sources
 * (`sourceOf` an article id), figures. Shared with the partitioned merge, which must compare alike.
 */
export function prepare(e: ChronologyEvent, sourceOf: (article: string) => string): Prepared {
  const words = contentWords(e.title);
  return {
    event: e,
    words,
    start: dayNumber(e.when.start),
    end: dayNumber(e.when.end),
    articles: new Set(e.mentions.map((m) => m.article)),
    sources: new Set(e.mentions.map((m) => sourceOf(m.article))),
    figures: figures(words),
    type: e.type ?? 'other',
    isReport: Boolean(e.isReport),
    places: new Set(e.places.map((p) => p.name)),
    actors: new Set(e.actors.map((x) => x.name)),
    counted: COUNTS.some((k) => e[k] !== undefined),
  };
}

const byId = (a: ChronologyEvent, b: ChronologyEvent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
// Narrow, stated dates make the better base of a merged event.
const baseOrder = (a: Prepared, b: Prepared) =>
  Number(a.event.when.approximate) - Number(b.event.when.approximate) ||
  a.end - a.start - (b.end - b.start) ||
  byId(a.event, b.event);

/** Merges reports of one happening across articles; result independent of input order; explainable and reversible. */
export function mergeEvents(
  events: readonly ChronologyEvent[],
  articles: readonly ArticleMeta[],
): ChronologyEvent[] {
  const sources = new Map(articles.map((a) => [a.id, a.source || a.id]));
  const prepared = [...events]
    .sort(byId)
    .map((e) => prepare(e, (id) => sources.get(id) ?? id))
    .sort(baseOrder);
  // Blocking: an event is compared only with clusters whose base ends within a week of its end, is
  // of its type and kind, and shares a title word with it: without a shared word no score reaches
  // the threshold (the other weights add up to less), so the result is the same as comparing all.
  // Buckets: word → (type, kind, week of the base's end) → clusters, in creation order. The word
  // itself is the outer key (its hash is already computed, for its event's set of words) and the
  // rest one number: no key string is built for each word of each event.
  const buckets = new Map<string, Map<number, number[]>>();
  const kinds = new Map<string, number>();
  const kindOf = (p: Prepared) => {
    const key = `${p.type}\u0000${p.isReport ? 1 : 0}`;
    let k = kinds.get(key);
    if (k === undefined) {
      k = kinds.size;
      kinds.set(key, k);
    }
    return k;
  };
  // Weeks since 1970 stay far within ±5,000,000 for any date of four-digit years.
  const slot = (kind: number, week: number) => kind * 1e7 + week;
  const clusters: {
    base: Prepared;
    members: { p: Prepared; score: number; reason: string }[];
    articles: Set<string>;
  }[] = [];
  // The last event that saw each cluster as a candidate (a set of candidates without a Set), and
  // how many of its words were met: a cluster is listed under each word of its base, so that is
  // the number of title words the two share.
  const seen = new Int32Array(prepared.length).fill(-1);
  const shared = new Int32Array(prepared.length);
  const candidates: number[] = [];
  prepared.forEach((p, at) => {
    const week = Math.floor(p.end / 7);
    const kind = kindOf(p);
    candidates.length = 0;
    for (const word of p.words) {
      const byWeek = buckets.get(word);
      if (!byWeek) continue;
      for (let w = week - 1; w <= week + 1; w++)
        for (const index of byWeek.get(slot(kind, w)) ?? [])
          if (seen[index] !== at) {
            seen[index] = at;
            shared[index] = 1;
            candidates.push(index);
          } else shared[index]!++;
    }
    // Clusters sharing too few title words to reach the threshold whatever else agrees are
    // dropped first (most candidates share one common word), before sorting and scoring.
    let kept = 0;
    for (const index of candidates) {
      const inter = shared[index]!;
      const words = inter / (clusters[index]!.base.words.size + p.words.size - inter);
      if (WEIGHT.words * words + MOST_BESIDE_WORDS >= MERGE_THRESHOLD) candidates[kept++] = index;
    }
    candidates.length = kept;
    // In creation order, as a scan of every cluster would meet them (ties go to the earlier one).
    candidates.sort((a, b) => a - b);
    let best: { index: number; score: number } | undefined;
    for (const index of candidates) {
      const c = clusters[index]!;
      if (sharesName(p.articles, c.articles)) continue;
      const inter = shared[index]!;
      const value = score(c.base, p, inter / (c.base.words.size + p.words.size - inter));
      if (value !== undefined && value >= MERGE_THRESHOLD && (!best || value > best.score))
        best = { index, score: value };
    }
    if (best) {
      const c = clusters[best.index]!;
      c.members.push({ p, score: best.score, reason: similarity(c.base, p)!.reason });
      for (const x of p.articles) c.articles.add(x);
      return;
    }
    clusters.push({ base: p, members: [{ p, score: 1, reason: 'base' }], articles: new Set(p.articles) });
    for (const word of p.words) {
      let byWeek = buckets.get(word);
      if (!byWeek) {
        byWeek = new Map();
        buckets.set(word, byWeek);
      }
      const list = byWeek.get(slot(kind, week));
      if (list) list.push(clusters.length - 1);
      else byWeek.set(slot(kind, week), [clusters.length - 1]);
    }
  });
  return clusters.map((c) => combine(c.members, sources)).sort(byId);
}

/** One event from a cluster: every mention kept, disagreements recorded, the merge explained. */
function combine(
  members: readonly { p: Prepared; score: number; reason: string }[],
  sources: ReadonlyMap<string, string>,
): ChronologyEvent {
  const base = members[0]!.p.event;
  const corroboration = (mentions: ChronologyEvent['mentions']) =>
    new Set(mentions.map((m) => sources.get(m.article) ?? m.article)).size;
  if (members.length === 1) return { ...base, corroboration: corroboration(base.mentions) };
  const mentions: ChronologyEvent['mentions'][number][] = [];
  const merged: MergeRecord[] = [];
  for (const { p, score, reason } of members) {
    const from = mentions.length;
    for (const m of p.event.mentions) mentions.push(m);
    merged.push({
      id: p.event.id,
      title: p.event.title,
      start: p.event.when.start,
      end: p.event.when.end,
      mentions: p.event.mentions.map((_, i) => from + i),
      score,
      reason,
    });
  }
  const disagreements: { field: string; values: Record<string, string> }[] = [];
  const compare = (field: string, value: (e: ChronologyEvent) => string | undefined) => {
    const values: Record<string, string> = {};
    for (const { p } of members) {
      const v = value(p.event);
      if (v !== undefined) for (const a of p.articles) values[a] = v;
    }
    if (new Set(Object.values(values)).size > 1) disagreements.push({ field, values });
  };
  compare('when', (e) =>
    e.when.approximate
      ? undefined
      : e.when.start === e.when.end
        ? e.when.start
        : `${e.when.start}/${e.when.end}`,
  );
  compare('fatalities', (e) => e.fatalities?.toString());
  compare('injured', (e) => e.injured?.toString());
  compare('arrested', (e) => e.arrested?.toString());
  const all = members.map((m) => m.p.event);
  const names = new Set<string>();
  const unique = <T extends { name: string }>(list: T[]) =>
    list.filter((x) => !names.has(x.name) && names.add(x.name));
  const actors = unique(all.flatMap((e) => e.actors));
  names.clear();
  const places = unique(all.flatMap((e) => e.places));
  const firstDefined = <K extends 'fatalities' | 'injured' | 'arrested'>(k: K) =>
    all.find((e) => e[k] !== undefined)?.[k];
  const fatalities = firstDefined('fatalities');
  const injured = firstDefined('injured');
  const arrested = firstDefined('arrested');
  // A plan reported as done by a later article has happened.
  const { status: _status, ...rest } = base;
  const planned = all.every((e) => e.status === 'planned');
  return {
    ...rest,
    ...(planned ? { status: 'planned' as const } : {}),
    reported: all.map((e) => e.reported).sort()[0]!,
    mentions,
    actors,
    places,
    ...(fatalities !== undefined ? { fatalities } : {}),
    ...(injured !== undefined ? { injured } : {}),
    ...(arrested !== undefined ? { arrested } : {}),
    corroboration: corroboration(mentions),
    ...(disagreements.length > 0 ? { disagreements } : {}),
    merged,
  };
}
