/**
 * Positions `0..n-1` ordered by `start`, ties by position. Chronologies usually arrive ordered, so
 * that is checked first; otherwise, when every start is a whole minute (dates and ISO date-times
 * are), start and position pack exactly into one float and a native numeric sort replaces a
 * comparator sort that takes most of a second at a million events.
 */
export function sortByStart(start: Float64Array): Uint32Array {
  const n = start.length;
  const out = new Uint32Array(n);
  let ordered = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    out[i] = i;
    const s = start[i]!;
    if (i > 0 && s < start[i - 1]!) ordered = false;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  if (ordered) return out;
  const bits = Math.max(1, Math.ceil(Math.log2(n)));
  const scale = 2 ** bits;
  let packable = (max - min) / 60_000 < 2 ** (53 - bits);
  for (let i = 0; packable && i < n; i++) packable = (start[i]! - min) % 60_000 === 0;
  if (!packable) return out.sort((a, b) => start[a]! - start[b]! || a - b);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((start[i]! - min) / 60_000) * scale + i;
  keys.sort();
  for (let i = 0; i < n; i++) out[i] = keys[i]! % scale;
  return out;
}
