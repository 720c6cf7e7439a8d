/** A typed array a row cache can keep its rows in. */
type Rows = Float64Array | Uint8Array;

/** Rows of `width` numbers by string key, kept for at most two generations of keys (see `rowCache`). */
export interface RowCache<A extends Rows> {
  /** Every row, one after another: a row's numbers are `data[at]` to `data[at + width - 1]`. */
  readonly data: A;
  /**
   * Where `key`'s row starts in `data`: the row kept for it, or a new row of `empty` values.
   * The offset holds until the next call, which may start a new generation over older rows.
   */
  row(key: string): number;
  /** Keys with a row now, over both generations (a key in both counted twice). */
  readonly size: number;
}

/**
 * A memo of rows by key, of at most two generations of `limit` keys: when the recent generation is
 * full it becomes the older one and the older one is dropped; a hit in the older generation is
 * copied into the recent one, so frequent keys stay. The rows of both generations live in one typed
 * array allocated here, at its full size: a row costs its numbers and nothing else (a typed array
 * per key cost about 500 bytes of heap and allocator for 18 numbers), and the cache's memory is at
 * its ceiling from the start instead of rising over the first passes through a long input.
 */
export function rowCache<A extends Rows>(
  limit: number,
  width: number,
  make: (length: number) => A,
  empty: number,
): RowCache<A> {
  const data = make(2 * limit * width);
  data.fill(empty);
  const scratch = make(width);
  let recent = new Map<string, number>();
  let older = new Map<string, number>();
  /** Which half of `data` the recent generation's rows are in, and how many it has used. */
  let half = 0;
  let used = 0;
  /** A fresh row of the recent generation, starting a new one over the older rows when full. */
  const fresh = (): number => {
    if (used >= limit) {
      older = recent;
      recent = new Map();
      half ^= 1;
      used = 0;
      data.fill(empty, half * limit * width, (half + 1) * limit * width);
    }
    return (half * limit + used++) * width;
  };
  return {
    data,
    get size() {
      return recent.size + older.size;
    },
    row(key) {
      const at = recent.get(key);
      if (at !== undefined) return at;
      const old = older.get(key);
      // (Copied aside first: a new generation may start over the row being kept.)
      if (old !== undefined) scratch.set(data.subarray(old, old + width));
      const to = fresh();
      if (old !== undefined) data.set(scratch, to);
      recent.set(key, to);
      return to;
    },
  };
}
