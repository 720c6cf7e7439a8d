/**
 * A max-tree over the importance of a start-sorted list of positions, so the most important
 * events of any window come out in O(k log n) instead of a scan of every event in it: at a
 * million events that scan alone overruns a frame.
 */
export interface ImportanceTree {
  readonly positions: ArrayLike<number>;
  /** Leaves from `size`; node `i` holds the max of its children `2i`, `2i + 1`. */
  readonly max: Float64Array;
  readonly size: number;
}

/** Builds the tree over `positions` (in list order) with each position's `importance`. */
export function importanceTree(positions: ArrayLike<number>, importance: Float64Array): ImportanceTree {
  let size = 1;
  while (size < positions.length) size *= 2;
  const max = new Float64Array(2 * size).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < positions.length; i++) max[size + i] = importance[positions[i]!]!;
  for (let i = size - 1; i >= 1; i--) max[i] = Math.max(max[2 * i]!, max[2 * i + 1]!);
  return { positions, max, size };
}

/**
 * Up to `k` positions of list indices `[lo, hi)` with the highest importance (ties: earlier in the
 * list first), skipping those `accept` rejects. Best-first over the tree with a binary heap.
 */
export function topKInRange(
  tree: ImportanceTree,
  lo: number,
  hi: number,
  k: number,
  accept: (p: number) => boolean = () => true,
): number[] {
  const { max, size, positions } = tree;
  const heap: number[] = [];
  // A node wins on a higher max, then on lying earlier (leftmost leaf), so results are deterministic.
  const leftmost = (node: number): number => {
    let n = node;
    while (n < size) n *= 2;
    return n;
  };
  const better = (a: number, b: number): boolean =>
    max[a]! > max[b]! || (max[a] === max[b] && leftmost(a) < leftmost(b));
  const push = (node: number): void => {
    heap.push(node);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && better(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  // The canonical nodes covering [lo, hi).
  for (let l = lo + size, r = hi + size; l < r; l >>= 1, r >>= 1) {
    if (l & 1) push(l++);
    if (r & 1) push(--r);
  }
  const out: number[] = [];
  while (heap.length > 0 && out.length < k) {
    const node = pop();
    if (node >= size) {
      const p = positions[node - size]!;
      if (accept(p)) out.push(p);
    } else {
      push(2 * node);
      push(2 * node + 1);
    }
  }
  return out;
}
