import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { createOverviewBrush } from '../interaction/brush.ts';
import { binDensity, chooseBinInterval } from '../layout/densityBins.ts';
import type { EventIndex } from '../layout/eventIndex.ts';

const HEIGHT = 56;
const AXIS = 16;

/** The compact whole-span overview with a brush that drives (and follows) the main view. */
export interface Overview {
  update(index: EventIndex, filtered: Uint32Array, extent: readonly [number, number], width: number): void;
  showView(view: { start: number; end: number } | null): void;
}

/** Creates the overview inside `container`; brushing calls `onView` with the brushed window. */
export function createOverview(
  container: HTMLElement,
  onView: (view: { start: number; end: number } | null) => void,
): Overview {
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'cs-overview-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Overview of the whole chronology; drag to choose the window shown above');
  const bars = document.createElementNS(svgNs, 'path');
  bars.setAttribute('class', 'cs-overview-bars');
  const axis = document.createElementNS(svgNs, 'g');
  axis.setAttribute('class', 'cs-overview-axis');
  axis.setAttribute('aria-hidden', 'true');
  const brushG = document.createElementNS(svgNs, 'g');
  brushG.setAttribute('class', 'cs-brush');
  svg.append(bars, axis, brushG);
  container.append(svg);
  const x = scaleUtc();
  const brush = createOverviewBrush(brushG, (range) => {
    if (!range || range[1] - range[0] < 2) return onView(null);
    onView({ start: x.invert(range[0]).getTime(), end: x.invert(range[1]).getTime() });
  });
  let lastView: { start: number; end: number } | null = null;
  let shown = false;
  return {
    update(index, filtered, extent, width) {
      svg.setAttribute('width', String(width));
      svg.setAttribute('height', String(HEIGHT));
      svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
      x.domain([extent[0], extent[1]]).range([0, width]);
      const { interval } = chooseBinInterval(extent[1] - extent[0], width, 4);
      const bins = binDensity(filtered, index.start, () => 0, interval, extent[0], extent[1]);
      const max = Math.max(1, ...bins.map((b) => b.count));
      const h = HEIGHT - AXIS - 4;
      bars.setAttribute(
        'd',
        bins
          .map((b) => {
            const x0 = x(b.x0);
            const w = Math.max(1, x(b.x1) - x0 - 0.5);
            const bh = Math.max(1.5, (Math.sqrt(b.count) / Math.sqrt(max)) * h);
            return `M${x0.toFixed(1)},${(HEIGHT - AXIS - bh).toFixed(1)}h${w.toFixed(1)}v${bh.toFixed(1)}h${(-w).toFixed(1)}z`;
          })
          .join(''),
      );
      select(axis)
        .attr('transform', `translate(0,${HEIGHT - AXIS})`)
        .call(
          axisBottom(x)
            .ticks(Math.max(2, Math.floor(width / 120)))
            .tickSizeOuter(0)
            .tickSize(3),
        );
      brush.resize(width, HEIGHT - AXIS);
      this.showView(lastView);
    },
    showView(view) {
      lastView = view;
      if (!view) {
        if (shown) brush.move(null);
        shown = false;
        return;
      }
      shown = true;
      const a = Math.max(0, x(view.start));
      const b = Math.min(x.range()[1]!, x(view.end));
      brush.move(b - a >= 1 ? [a, b] : null);
    },
  };
}
