/** An item to place: its mark's pixel extent, where its label would end, and its priority. */
export interface LayoutItem {
  readonly id: number;
  readonly x0: number;
  readonly x1: number;
  /** Left and right ends of the label when drawn (inside or beside the mark); NaN: no label. */
  readonly labelX0: number;
  readonly labelX1: number;
  readonly priority: number;
}

/** Where an item went: a row, and whether its label is drawn. Row -1 means "overflow tick". */
export interface PlacedItem {
  readonly id: number;
  readonly row: number;
  readonly showLabel: boolean;
}

/** Options of {@link layoutLabels}. */
export interface LabelLayoutOptions {
  readonly rows: number;
  /** Pixels kept free between neighbours in a row. */
  readonly gap?: number;
}

/** Sorted, non-overlapping occupied intervals of one row. */
class RowOccupancy {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private index(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  fits(a: number, b: number): boolean {
    const i = this.index(a);
    if (i > 0 && this.ends[i - 1]! > a) return false;
    if (i < this.starts.length && this.starts[i]! < b) return false;
    return true;
  }
  add(a: number, b: number): void {
    const i = this.index(a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
  }
}

/**
 * Greedy label collision layout: items in priority order take the first row where mark and
 * label fit; failing that, the first row where the bare mark fits; failing that, they become an
 * overflow tick. No two labels (or marks) in a row ever overlap, at any zoom.
 */
export function layoutLabels(items: readonly LayoutItem[], options: LabelLayoutOptions): PlacedItem[] {
  const { rows, gap = 10 } = options;
  const occupancy = Array.from({ length: Math.max(0, rows) }, () => new RowOccupancy());
  const order = [...items].sort((a, b) => b.priority - a.priority || a.x0 - b.x0 || a.id - b.id);
  const placed: PlacedItem[] = [];
  for (const it of order) {
    const markEnd = Math.max(it.x1, it.x0 + 1);
    const withLabel = Math.max(markEnd, it.labelX1) + gap;
    const labelStart = Math.min(it.x0, it.labelX0);
    let row = -1;
    let showLabel = false;
    if (!Number.isNaN(it.labelX1)) {
      row = occupancy.findIndex((o) => o.fits(labelStart, withLabel));
      showLabel = row >= 0;
    }
    if (row < 0) row = occupancy.findIndex((o) => o.fits(it.x0, markEnd + 1));
    if (row >= 0) occupancy[row]!.add(showLabel ? labelStart : it.x0, showLabel ? withLabel : markEnd + 1);
    placed.push({ id: it.id, row, showLabel });
  }
  return placed;
}
