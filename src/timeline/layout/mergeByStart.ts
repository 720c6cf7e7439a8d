/**
 * Merges start-sorted lists pairwise: O(n log k) rather than re-sorting 100,000 positions
 * every frame.
 */
export function mergeByStart(lists: readonly number[][], start: Float64Array): number[] {
  let parts = lists.filter((l) => l.length > 0);
  if (parts.length === 0) return [];
  while (parts.length > 1) {
    const next: number[][] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const a = parts[i]!;
      const b = parts[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: number[] = new Array(a.length + b.length);
      let x = 0;
      let y = 0;
      let k = 0;
      while (x < a.length && y < b.length) {
        const pa = a[x]!;
        const pb = b[y]!;
        if (start[pa]! < start[pb]! || (start[pa] === start[pb] && pa < pb)) {
          out[k++] = pa;
          x++;
        } else {
          out[k++] = pb;
          y++;
        }
      }
      while (x < a.length) out[k++] = a[x++]!;
      while (y < b.length) out[k++] = b[y++]!;
      next.push(out);
    }
    parts = next;
  }
  return parts[0]!;
}
