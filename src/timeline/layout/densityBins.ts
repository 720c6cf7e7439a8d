import { type TimeInterval, utcDay, utcHour, utcMonth, utcWeek, utcYear } from 'd3-time';

/** One bar of the density view. */
export interface DensityBin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  readonly fatalities: number;
}

const INTERVALS: readonly [TimeInterval, number, string][] = [
  [utcHour, 3_600_000, 'hour'],
  [utcDay, 86_400_000, 'day'],
  [utcWeek, 7 * 86_400_000, 'week'],
  [utcMonth, 30.44 * 86_400_000, 'month'],
  [utcMonth.every(3)!, 91.3 * 86_400_000, 'quarter'],
  [utcYear, 365.25 * 86_400_000, 'year'],
  [utcYear.every(10)!, 3652.5 * 86_400_000, 'decade'],
];

/** The finest calendar interval whose bars are at least `minBinPx` wide at this zoom. */
export function chooseBinInterval(
  spanMs: number,
  widthPx: number,
  minBinPx = 6,
): { interval: TimeInterval; name: string } {
  const msPerPx = spanMs / Math.max(1, widthPx);
  for (const [interval, ms, name] of INTERVALS) {
    if (ms / msPerPx >= minBinPx) return { interval, name };
  }
  const last = INTERVALS[INTERVALS.length - 1]!;
  return { interval: last[0], name: last[2] };
}

/**
 * Counts events (by start) and sums fatalities per calendar interval over `[from, to)`.
 * `sorted` is start-sorted so each bin is two binary searches, not a scan. `fatalities` is a
 * function of a position, or running totals along `sorted` (`fatalities[i]`: the sum over the
 * first `i`), which makes a bin's sum one subtraction at a million events.
 */
export function binDensity(
  sorted: ArrayLike<number>,
  start: Float64Array,
  fatalities: ((p: number) => number) | Float64Array,
  interval: TimeInterval,
  from: number,
  to: number,
): DensityBin[] {
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (start[sorted[mid]!]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const bins: DensityBin[] = [];
  let t = interval.floor(new Date(from)).getTime();
  let i = lowerBound(t);
  while (t < to) {
    const next = interval.offset(new Date(t), 1).getTime();
    const j = lowerBound(next);
    let f = 0;
    if (typeof fatalities === 'function') for (let k = i; k < j; k++) f += fatalities(sorted[k]!);
    else f = fatalities[j]! - fatalities[i]!;
    if (j > i) bins.push({ x0: t, x1: next, count: j - i, fatalities: f });
    i = j;
    t = next;
  }
  return bins;
}
