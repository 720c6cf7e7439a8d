import type { Tally, TallyMeasure } from '../../model/chronology.ts';
import { parseIsoTime } from './eventTime.ts';

/** One point of a tally line: the figure a source gave on a day. */
export interface TallyPoint {
  /** Publication day, UTC ms. */
  readonly t: number;
  readonly value: number;
  readonly text: string;
}

/** The running total one source reported over time, for one measure. */
export interface TallySeries {
  readonly source: string;
  readonly measure: TallyMeasure;
  readonly points: readonly TallyPoint[];
}

/** A figure this far below what the source already reported is a local count, not the total. */
const LOCAL_SHARE = 0.25;

/** The measure reported most often: the one the band draws. */
export function mainMeasure(tallies: readonly Tally[]): TallyMeasure | null {
  const counts = new Map<TallyMeasure, number>();
  for (const t of tallies) counts.set(t.measure, (counts.get(t.measure) ?? 0) + 1);
  let best: TallyMeasure | null = null;
  for (const [m, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = m;
  return best;
}

/**
 * Tally lines of one measure, one per source, sorted by source: per day the largest figure the
 * source gave, in date order, leaving out figures far below the source's running maximum
 * ("the toll in Idlib rose to 35" inside a national count of thousands).
 */
export function tallySeries(tallies: readonly Tally[], measure: TallyMeasure): TallySeries[] {
  const bySource = new Map<string, Map<number, TallyPoint>>();
  for (const x of tallies) {
    if (x.measure !== measure) continue;
    const t = parseIsoTime(x.date);
    const days = bySource.get(x.source) ?? new Map<number, TallyPoint>();
    bySource.set(x.source, days);
    const prev = days.get(t);
    if (!prev || x.value > prev.value) days.set(t, { t, value: x.value, text: x.text });
  }
  const out: TallySeries[] = [];
  for (const [source, days] of [...bySource].sort((a, b) => a[0].localeCompare(b[0]))) {
    let max = 0;
    const points: TallyPoint[] = [];
    for (const p of [...days.values()].sort((a, b) => a.t - b.t)) {
      if (p.value < max * LOCAL_SHARE) continue;
      max = Math.max(max, p.value);
      points.push(p);
    }
    out.push({ source, measure, points });
  }
  return out;
}
