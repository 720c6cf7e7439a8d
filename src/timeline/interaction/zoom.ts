import type { ScaleTime } from 'd3-scale';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity, zoomTransform } from 'd3-zoom';

/** Shortest window the zoom allows: one hour. */
const MIN_SPAN = 3_600_000;

/**
 * A horizontal time zoom: wheel, drag, pinch, keyboard and button zooms all end in `onView`, and all
 * respect the same limits (scaleExtent and translateExtent).
 */
export interface TimeZoom {
  /** Sets the full extent the view can pan over and the pixel size of the plot. */
  setBase(domain: readonly [number, number], width: number, height: number): void;
  /** Moves d3-zoom's transform to show `[start, end)` without reporting it back. */
  syncTo(view: { start: number; end: number }): void;
  /** Zooms by `factor` around the centre (or `x` pixels), reporting the new view. */
  scaleBy(factor: number, x?: number): void;
  /**
   * Pans by `fraction` of the plot width (negative: toward earlier dates), reporting the new view.
   * Like a drag, it stops at the edges of the base extent.
   */
  panBy(fraction: number): void;
  /** The base scale (never mutated by zooming). */
  base(): ScaleTime<number, number>;
  destroy(): void;
}

/**
 * Wraps d3-zoom on `element`. The base `scaleUtc` covers the whole chronology; every gesture
 * yields `transform.rescaleX(base)`, whose domain is reported as the new view.
 */
export function createTimeZoom(
  element: HTMLElement,
  onView: (view: { start: number; end: number }) => void,
): TimeZoom {
  const base = scaleUtc();
  let width = 1;
  let height = 1;
  let syncing = false;
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      // Drags that start on a form control must not pan; the wheel always zooms.
      const t = event.target as Element | null;
      if (t?.closest('input, select, textarea')) return false;
      return (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      if (syncing) return;
      const [a, b] = event.transform.rescaleX(base).domain();
      onView({ start: a!.getTime(), end: b!.getTime() });
    });
  const sel = select(element);
  sel.call(behavior);
  const transformFor = (view: { start: number; end: number }): ZoomTransform => {
    const [d0, d1] = base.domain().map((d) => d.getTime()) as [number, number];
    const k = (d1 - d0) / (view.end - view.start);
    return zoomIdentity.scale(k).translate(-base(view.start), 0);
  };
  return {
    setBase(domain, w, h) {
      width = Math.max(1, w);
      height = Math.max(1, h);
      base.domain([domain[0], domain[1]]).range([0, width]);
      const span = domain[1] - domain[0];
      behavior
        .extent([
          [0, 0],
          [width, height],
        ])
        .scaleExtent([1, Math.max(1, span / MIN_SPAN)])
        .translateExtent([
          [0, 0],
          [width, height],
        ]);
    },
    syncTo(view) {
      syncing = true;
      try {
        behavior.transform(sel, transformFor(view));
      } finally {
        syncing = false;
      }
    },
    scaleBy(factor, x) {
      behavior.scaleBy(sel, factor, [x ?? width / 2, height / 2]);
    },
    panBy(fraction) {
      // translateBy, unlike setting a transform, goes through d3-zoom's constrain (translateExtent).
      // Its offsets are in the untransformed space, hence the division by the scale.
      behavior.translateBy(sel, (-fraction * width) / zoomTransform(element).k, 0);
    },
    base: () => base,
    destroy() {
      sel.on('.zoom', null);
    },
  };
}
