/**
 * Positions (a subset of a start-sorted list) whose `[start, end)` overlaps `[from, to)`.
 * Bisects on start, widened by the longest duration so long ranges that began earlier are kept.
 */
export function cullVisible(
  sorted: ArrayLike<number>,
  start: Float64Array,
  end: Float64Array,
  maxDuration: number,
  from: number,
  to: number,
): number[] {
  let lo = 0;
  let hi = sorted.length;
  const min = from - maxDuration;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[sorted[mid]!]! < min) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (start[p]! >= to) break;
    if (end[p]! > from) out.push(p);
  }
  return out;
}
