import type { TimeInterval } from 'd3-time';
import { cullVisible } from './cullVisible.ts';
import { binDensity, chooseBinInterval, type DensityBin } from './densityBins.ts';
import { distinctLabels } from './distinctLabels.ts';
import type { EventIndex } from './eventIndex.ts';
import type { Lane } from './groupLanes.ts';
import { type ImportanceTree, importanceTree, topKInRange } from './keyEvents.ts';
import { layoutLabels } from './labelLayout.ts';
import { mergeByStart } from './mergeByStart.ts';

/** Pixel sizes of the timeline body. */
export const ROW_HEIGHT = 22;
export const LANE_PADDING = 6;
export const MIN_LANE_ROWS = 3;
export const VAGUE_ROWS = 2;
/** Room above a lane's rows for its label. */
export const LANE_HEADER = 16;
const POINT_RADIUS = 5;
const LABEL_OFFSET = 5;
const RANGE_MIN_PX = 12;

/** An event placed in a lane for this frame. */
export interface FrameItem {
  readonly p: number;
  readonly lane: number;
  /** Mark extent in px; for points `x0 + x1` is twice the centre. */
  readonly x0: number;
  readonly x1: number;
  /** Left and right ends of mark and label together. */
  readonly left: number;
  readonly right: number;
  /** Where the label text starts, and the most pixels it may take (longer text is truncated). */
  readonly labelX: number;
  readonly labelWidth: number;
  /** Row centre, px from the top of the plot. */
  readonly y: number;
  readonly asRange: boolean;
  readonly showLabel: boolean;
  /** True when the item has no row and is drawn as a tick on the lane's floor. */
  readonly overflow: boolean;
}

/** One lane of a frame: geometry, what to draw, and how. */
export interface FrameLane {
  readonly key: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly rows: number;
  readonly vague: boolean;
  /** `items`: every event; `key`: density bars plus the key events that fit. */
  readonly mode: 'items' | 'key';
  readonly bins: readonly DensityBin[];
  readonly binName: string;
  readonly items: readonly FrameItem[];
  /** Events of this lane in the window. */
  readonly visibleCount: number;
}

/** Everything the marks need to draw one frame. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly domain: readonly [number, number];
  readonly lanes: readonly FrameLane[];
  /**
   * Distinct events overlapping the window, in start order; in a lane with more than
   * `AGGREGATE_ABOVE` events in the window, only its key events.
   */
  readonly inView: readonly number[];
  /** How many events overlap the window (summed over lanes when some are aggregated). */
  readonly inViewCount: number;
}

/** Inputs of {@link layoutFrame}. */
export interface FrameInput {
  readonly index: EventIndex;
  readonly lanes: readonly Lane[];
  /** Positions of filtered vague events, start-sorted; drawn in their own band. */
  readonly vague: ArrayLike<number>;
  readonly domain: readonly [number, number];
  readonly width: number;
  /** Height available to lanes (the plot may grow beyond it when there are many lanes). */
  readonly height: number;
  /** Pixels above the first lane (the axis). */
  readonly top: number;
  /** The open event: it always gets a row and a label. */
  readonly selected?: number;
  /** Label width in px of an event, or NaN for no label. */
  readonly labelWidth: (p: number) => number;
}

function topK(ps: readonly number[], importance: Float64Array, k: number): number[] {
  if (ps.length <= k) return [...ps];
  // Threshold selection keeps this O(n log k) at 100,000 visible events.
  const heap: number[] = [];
  const less = (a: number, b: number): boolean =>
    importance[a]! < importance[b]! || (importance[a] === importance[b] && a > b);
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const p of ps) {
    if (heap.length < k) {
      heap.push(p);
      up(heap.length - 1);
    } else if (less(heap[0]!, p)) {
      heap[0] = p;
      down(0);
    }
  }
  return heap;
}

/**
 * Computes the frame: lane geometry, culled events, density bins when zoomed out, and a
 * collision-free placement of marks and labels. Pure: the caller supplies text measurement.
 */
export function layoutFrame(input: FrameInput): Frame {
  const { index, domain, width, top, labelWidth } = input;
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  const x = (t: number): number => (t - d0) * k;
  const bands: { lane: Lane; vague: boolean }[] = input.lanes.map((lane) => ({ lane, vague: false }));
  if (input.vague.length > 0) {
    bands.push({
      lane: {
        key: '\u0000vague',
        label: 'Vague dates',
        // The caller's array when it already is one, so per-lane caches survive across frames.
        positions: input.vague instanceof Uint32Array ? input.vague : Uint32Array.from(input.vague),
      },
      vague: true,
    });
  }
  const regular = input.lanes.length;
  const vagueHeight = input.vague.length > 0 ? VAGUE_ROWS * ROW_HEIGHT + 2 * LANE_PADDING + LANE_HEADER : 0;
  const minLane = MIN_LANE_ROWS * ROW_HEIGHT + 2 * LANE_PADDING + LANE_HEADER;
  const laneHeight = Math.max(minLane, Math.floor((input.height - vagueHeight) / Math.max(1, regular)));
  const seen = new Uint8Array(index.events.length);
  const perLane: number[][] = [];
  const { interval, name: binName } = chooseBinInterval(d1 - d0, width, 6);
  const lanes: FrameLane[] = [];
  let inViewCount = 0;
  let anyAggregated = false;
  let y = top;
  bands.forEach(({ lane, vague }, li) => {
    const height = vague ? vagueHeight : laneHeight;
    const rows = Math.max(1, Math.floor((height - 2 * LANE_PADDING - LANE_HEADER) / ROW_HEIGHT));
    // Enough room for every mark in the rows? Otherwise show density plus the key events.
    const capacity = (rows * width) / 14;
    const keyCount = Math.max(4, Math.floor((rows * width) / 160));
    const sel = input.selected;
    const big = aggregated(index, lane.positions, d0, d1, keyCount, sel);
    const visible = big ? [] : cullVisible(lane.positions, index.start, index.end, index.maxDuration, d0, d1);
    const visibleCount = big ? big.count : visible.length;
    const mode = big || visible.length > capacity ? 'key' : 'items';
    // Zoomed out: the key events of the window, never two labels saying the same thing nor a tally.
    const chosen = big
      ? big.chosen
      : mode === 'items'
        ? visible
        : distinctLabels(topK(visible, index.importance, keyCount * 3), index).slice(0, keyCount);
    if (!big && mode === 'key' && sel !== undefined && !chosen.includes(sel) && visible.includes(sel))
      chosen.push(sel);
    const fresh: number[] = [];
    perLane.push(fresh);
    // Aggregated lanes put only their key events in view: listing a million positions per frame is what they avoid.
    for (const p of big ? [...chosen].sort((a, b) => index.start[a]! - index.start[b]! || a - b) : visible) {
      if (!seen[p]) {
        seen[p] = 1;
        fresh.push(p);
      }
    }
    inViewCount += visibleCount;
    if (big) anyAggregated = true;
    const geometry = chosen.map((p) => {
      const sx0 = x(index.start[p]!);
      const sx1 = x(index.end[p]!);
      const asRange = sx1 - sx0 >= RANGE_MIN_PX;
      const x0 = asRange ? Math.max(sx0, -1) : (sx0 + sx1) / 2 - POINT_RADIUS;
      const x1 = asRange ? Math.min(sx1, width + 1) : (sx0 + sx1) / 2 + POINT_RADIUS;
      // Long titles are cut so one label never takes most of a narrow (phone) plot.
      const lw = Math.min(labelWidth(p), Math.max(60, width * 0.55));
      const [labelX0, labelX1] = placeLabel(x0, x1, asRange, lw, width);
      return { p, x0, x1, asRange, labelX0, labelX1 };
    });
    const placed = layoutLabels(
      geometry.map((g, i) => ({
        id: i,
        x0: g.x0,
        x1: g.x1,
        labelX0: g.labelX0,
        labelX1: g.labelX1,
        // Wide spans are context at this zoom: events dated precisely inside the window get rows first.
        priority:
          g.p === input.selected ? 1e9 : index.importance[g.p]! - 30 * Math.min(1, (g.x1 - g.x0) / width),
      })),
      { rows },
    );
    // Zoomed out, an unlabelled key event is only noise over the density bars.
    const kept = mode === 'key' ? placed.filter((pl) => pl.showLabel) : placed;
    const items: FrameItem[] = kept.map((pl) => {
      const g = geometry[pl.id]!;
      const overflow = pl.row < 0;
      const rowY = overflow
        ? y + height - 4
        : y + LANE_HEADER + LANE_PADDING + pl.row * ROW_HEIGHT + ROW_HEIGHT / 2;
      const right = pl.showLabel ? Math.max(g.x1, g.labelX1) : g.x1;
      const left = pl.showLabel ? Math.min(g.x0, g.labelX0) : g.x0;
      return {
        p: g.p,
        lane: li,
        x0: g.x0,
        x1: g.x1,
        left,
        right,
        labelX: g.labelX0,
        labelWidth: g.labelX1 - g.labelX0,
        y: rowY,
        asRange: g.asRange,
        showLabel: pl.showLabel,
        overflow,
      };
    });
    const bins = mode === 'key' ? laneBins(index, lane.positions, interval, d0, d1) : [];
    lanes.push({
      key: lane.key,
      label: lane.label,
      y,
      height,
      rows,
      vague,
      mode,
      bins,
      binName,
      items,
      visibleCount,
    });
    y += height;
  });
  const inView = mergeByStart(perLane, index.start);
  // Lanes can share events (by place, actor): the exact count of distinct events is only known when listed.
  return {
    width,
    height: y,
    top,
    domain,
    lanes,
    inView,
    inViewCount: anyAggregated ? Math.max(inView.length, inViewCount) : inView.length,
  };
}

/**
 * Where a label goes: inside a range pill when it fits, otherwise right of the mark, or left of
 * it when the right side would run off the plot.
 */
export function placeLabel(
  x0: number,
  x1: number,
  asRange: boolean,
  lw: number,
  width: number,
): [number, number] {
  if (Number.isNaN(lw)) return [Number.NaN, Number.NaN];
  if (asRange) {
    const inside0 = Math.max(x0, 0) + 6;
    if (inside0 + lw + 6 <= Math.min(x1, width)) return [inside0, inside0 + lw];
  }
  const right0 = x1 + LABEL_OFFSET;
  if (right0 + lw <= width - 2) return [right0, right0 + lw];
  if (x0 - LABEL_OFFSET - lw >= 2) return [x0 - LABEL_OFFSET - lw, x0 - LABEL_OFFSET];
  // Neither side has room for the whole label: take the roomier side and let the text be cut.
  const roomRight = width - 2 - right0;
  const roomLeft = x0 - LABEL_OFFSET - 2;
  if (Math.max(roomRight, roomLeft) < 40) return [Number.NaN, Number.NaN];
  return roomRight >= roomLeft ? [right0, width - 2] : [2, x0 - LABEL_OFFSET];
}

function laneBins(
  index: EventIndex,
  positions: Uint32Array,
  interval: TimeInterval,
  d0: number,
  d1: number,
): DensityBin[] {
  return binDensity(positions, index.start, cumulativeFatalities(index, positions), interval, d0, d1);
}

/** Lanes with more events than this in the window are drawn from bins and a max-tree, never listed. */
export const AGGREGATE_ABOVE = 20_000;

const trees = new WeakMap<Uint32Array, ImportanceTree>();
const sums = new WeakMap<Uint32Array, Float64Array>();

/** Running fatality totals along a lane, so a bin's deaths are one subtraction. */
function cumulativeFatalities(index: EventIndex, positions: Uint32Array): Float64Array {
  let c = sums.get(positions);
  if (!c) {
    c = new Float64Array(positions.length + 1);
    for (let i = 0; i < positions.length; i++)
      c[i + 1] = c[i]! + (index.events[positions[i]!]!.fatalities ?? 0);
    sums.set(positions, c);
  }
  return c;
}

function lowerBound(positions: Uint32Array, start: Float64Array, x: number, from = 0): number {
  let lo = from;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[positions[mid]!]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a lane with more than {@link AGGREGATE_ABOVE} events in the window: how many overlap it and
 * its `k` most important (plus the selected one), found without visiting them all. Null otherwise.
 */
function aggregated(
  index: EventIndex,
  positions: Uint32Array,
  d0: number,
  d1: number,
  k: number,
  selected: number | undefined,
): { count: number; chosen: number[] } | null {
  const { start, end } = index;
  const lo = lowerBound(positions, start, d0 - index.maxDuration);
  const hi = lowerBound(positions, start, d1, lo);
  if (hi - lo <= AGGREGATE_ABOVE) return null;
  const first = lowerBound(positions, start, d0, lo);
  let count = hi - first;
  for (let i = lo; i < first; i++) if (end[positions[i]!]! > d0) count++;
  let tree = trees.get(positions);
  if (!tree) {
    tree = importanceTree(positions, index.importance);
    trees.set(positions, tree);
  }
  const chosen = topKInRange(tree, lo, hi, k, (p) => end[p]! > d0);
  if (selected !== undefined && !chosen.includes(selected) && start[selected]! < d1 && end[selected]! > d0) {
    const at = lowerBound(positions, start, start[selected]!, lo);
    for (let i = at; i < hi && start[positions[i]!] === start[selected]; i++)
      if (positions[i] === selected) chosen.push(selected);
  }
  return { count, chosen };
}
