import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { createOverviewBrush } from '../interaction/brush.ts';
import { binDensity, chooseBinInterval } from '../layout/densityBins.ts';
import type { EventIndex } from '../layout/eventIndex.ts';
import { type OutlierSide, outliers } from '../layout/outliers.ts';
import { h } from './dom.ts';

const HEIGHT = 56;
const AXIS = 16;

/** The compact overview with a brush that drives (and follows) the main view. */
export interface Overview {
  /**
   * Redraws the bars over `domain` (the robust extent, stray dates left out) at `width` px;
   * events outside it are shown as counts at the ends.
   */
  update(index: EventIndex, filtered: Uint32Array, domain: readonly [number, number], width: number): void;
  showView(view: { start: number; end: number } | null): void;
}

/**
 * Creates the overview inside `container`; brushing calls `onView` with the brushed window, and
 * the "earlier"/"later" buttons call `onJump` with the position of the nearest stray event.
 */
export function createOverview(
  container: HTMLElement,
  onView: (view: { start: number; end: number } | null) => void,
  onJump: (p: number) => void,
): Overview {
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'cs-overview-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Overview of the chronology; drag to choose the window shown above');
  const bars = document.createElementNS(svgNs, 'path');
  bars.setAttribute('class', 'cs-overview-bars');
  const axis = document.createElementNS(svgNs, 'g');
  axis.setAttribute('class', 'cs-overview-axis');
  axis.setAttribute('aria-hidden', 'true');
  const brushG = document.createElementNS(svgNs, 'g');
  brushG.setAttribute('class', 'cs-brush');
  svg.append(bars, axis, brushG);
  const edge = (side: 'earlier' | 'later'): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: `cs-overview-more cs-overview-${side}`, hidden: true });
    b.addEventListener('click', () => onJump(Number(b.dataset.p)));
    return b;
  };
  const earlier = edge('earlier');
  const later = edge('later');
  container.append(earlier, svg, later);
  const x = scaleUtc();
  const brush = createOverviewBrush(brushG, (range) => {
    if (!range || range[1] - range[0] < 2) return onView(null);
    onView({ start: x.invert(range[0]).getTime(), end: x.invert(range[1]).getTime() });
  });
  const showSide = (b: HTMLButtonElement, side: OutlierSide, word: string, arrow: string): number => {
    b.hidden = side.count === 0;
    if (b.hidden) return 0;
    b.dataset.p = String(side.nearest);
    const text = `${side.count} ${word}`;
    b.replaceChildren(
      h('span', { 'aria-hidden': 'true', class: 'cs-overview-arrow' }, arrow),
      h('span', {}, String(side.count)),
      h('span', {}, word),
    );
    b.setAttribute(
      'aria-label',
      `${text} ${side.count === 1 ? 'event' : 'events'} outside the overview; show the nearest`,
    );
    b.title = `${text}: ${side.count === 1 ? 'an event' : 'events'} far from the rest; click to show the nearest`;
    return b.offsetWidth;
  };
  let lastView: { start: number; end: number } | null = null;
  let shown = false;
  return {
    update(index, filtered, domain, width) {
      const o = outliers(filtered, index.start, index.end, domain);
      const w = Math.max(
        80,
        width - showSide(earlier, o.before, 'earlier', '◀') - showSide(later, o.after, 'later', '▶'),
      );
      svg.setAttribute('width', String(w));
      svg.setAttribute('height', String(HEIGHT));
      svg.setAttribute('viewBox', `0 0 ${w} ${HEIGHT}`);
      x.domain([domain[0], domain[1]]).range([0, w]);
      const { interval } = chooseBinInterval(domain[1] - domain[0], w, 4);
      const bins = binDensity(filtered, index.start, () => 0, interval, domain[0], domain[1]);
      const max = Math.max(1, ...bins.map((b) => b.count));
      const bh0 = HEIGHT - AXIS - 4;
      bars.setAttribute(
        'd',
        bins
          .map((b) => {
            const x0 = x(b.x0);
            const bw = Math.max(1, x(b.x1) - x0 - 0.5);
            const bh = Math.max(1.5, (Math.sqrt(b.count) / Math.sqrt(max)) * bh0);
            return `M${x0.toFixed(1)},${(HEIGHT - AXIS - bh).toFixed(1)}h${bw.toFixed(1)}v${bh.toFixed(1)}h${(-bw).toFixed(1)}z`;
          })
          .join(''),
      );
      select(axis)
        .attr('transform', `translate(0,${HEIGHT - AXIS})`)
        .call(
          axisBottom(x)
            .ticks(Math.max(2, Math.floor(w / 120)))
            .tickSizeOuter(0)
            .tickSize(3),
        );
      brush.resize(w, HEIGHT - AXIS);
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
