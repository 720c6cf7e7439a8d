import type { ArticleDates } from './dateReferences.ts';

/** How much the collection points at one day, with the features it came from. */
export interface DateScore {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The score scaled so the top date of the collection is 1. */
  readonly salience: number;
  /** Articles whose text names the day. */
  readonly mentions: number;
  /** Of those, articles published after the day (the day was still worth naming later). */
  readonly later: number;
  /** Articles published on the day or the day after. */
  readonly published: number;
  /** The unscaled score. */
  readonly score: number;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function isoOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Scores every day the collection points at, after Tran et al. (2013) and DATEWISE's date
 * features (Gholipour Ghalandari & Ifrim 2020), unsupervised:
 *   score(d) = mentions(d) + Σ over later articles naming d of ln(1 + days between d and publication)
 *              + ½ · articles published on d or d+1.
 * Each article counts once per day it names. A reference from an article published weeks after
 * the day weighs more than one from the same day's news: journalists re-date what mattered.
 * Sorted by score, then by date.
 */
export function scoreDates(collection: readonly ArticleDates[]): DateScore[] {
  const mentions = new Map<number, number>();
  const later = new Map<number, number>();
  const laterWeight = new Map<number, number>();
  const published = new Map<number, number>();
  const add = (m: Map<number, number>, k: number, v: number): void => {
    m.set(k, (m.get(k) ?? 0) + v);
  };
  for (const a of collection) {
    // An article without a publication date (published '') names no day it can count from.
    if (!a.published) continue;
    const pub = dayNumber(a.published);
    add(published, pub, 1);
    // The day after publication too: a day's events are reported the next morning.
    add(published, pub - 1, 1);
    const seen = new Set<number>();
    for (const r of a.references) {
      const d = dayNumber(r.date);
      if (seen.has(d)) continue;
      seen.add(d);
      add(mentions, d, 1);
      if (d < pub) {
        add(later, d, 1);
        add(laterWeight, d, Math.log1p(pub - d));
      }
    }
  }
  const days = new Set([...mentions.keys()]);
  // A day no text names but many articles appeared on still counts (Tran et al.'s publication burst).
  for (const [d, n] of published) if (n >= 2) days.add(d);
  const raw = [...days].map((d) => {
    const m = mentions.get(d) ?? 0;
    const p = published.get(d) ?? 0;
    return {
      date: isoOfDay(d),
      mentions: m,
      later: later.get(d) ?? 0,
      published: p,
      score: m + (laterWeight.get(d) ?? 0) + 0.5 * p,
    };
  });
  const max = raw.reduce((x, r) => Math.max(x, r.score), 0) || 1;
  return raw
    .map((r) => ({ ...r, salience: r.score / max }))
    .sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The `n` best days, optionally inside `[from, to]` (inclusive `YYYY-MM-DD`), sorted by date. */
export function selectDates(
  scores: readonly DateScore[],
  n: number,
  span: { from?: string; to?: string } = {},
): DateScore[] {
  const picked = scores
    .filter((s) => (!span.from || s.date >= span.from) && (!span.to || s.date <= span.to))
    .slice(0, Math.max(0, n));
  return picked.sort((a, b) => (a.date < b.date ? -1 : 1));
}
