import { type GeoProjection, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
// URLs, not the JSON itself: the atlases (750 kB and 110 kB) are fetched only when a map is shown.
import atlas50Url from 'world-atlas/countries-50m.json?url';
import atlas110Url from 'world-atlas/countries-110m.json?url';
import type { ChronologyEvent } from '../../model/chronology.ts';
import {
  type Country,
  extentOf,
  intersects,
  isRegional,
  loadCountries,
  type PlaceDot,
  placeDots,
  projectionFor,
  visibleBox,
} from './mapGeometry.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Theme colours, with the app's `--cs-*` variables and fixed colours as fallbacks. */
const COLOR = {
  sea: 'var(--map-sea, transparent)',
  land: 'var(--map-land, var(--cs-lane-alt, #e8e5dc))',
  border: 'var(--map-border, var(--cs-grid, #b9b4a8))',
  dot: 'var(--map-dot, var(--cs-muted, #5b6b7a))',
  accent: 'var(--accent, var(--cs-accent, #1f6feb))',
  halo: 'var(--map-halo, var(--cs-bg, #fff))',
};

const PADDING_PX = 24;
const MAX_RADIUS = 14;
const MIN_RADIUS = 3.5;
const MAX_LABELS = 12;
/** A drag shorter than this is a click. */
const DRAG_PX = 5;

/** The linked map returned by `createMapView`. */
export interface MapView {
  update(
    events: readonly ChronologyEvent[],
    highlightedIds: ReadonlySet<string>,
    selectedId: string | null,
  ): void;
  destroy(): void;
}

function rectOf(d: { x0: number; y0: number; x1: number; y1: number }): [number, number, number, number] {
  return [Math.min(d.x0, d.x1), Math.min(d.y0, d.y1), Math.abs(d.x1 - d.x0), Math.abs(d.y1 - d.y0)];
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/**
 * Draws the places of the events on a world map linked to the timeline: country shapes, one dot
 * per distinct located place (area ∝ number of events), highlighted and selected places in the
 * accent colour. Clicking a dot, or Enter/Space on a focused one, calls
 * `onSelectPlaces([name])`; dragging a rectangle selects the places inside it; clicking anywhere
 * else calls `onSelectPlaces(null)`.
 */
export function createMapView(
  container: HTMLElement,
  options: { onSelectPlaces(placeNames: string[] | null): void },
): MapView {
  const svg = svgEl('svg', { class: 'cs-map-svg', role: 'group', 'aria-label': 'Map of event places' });
  svg.style.display = 'block';
  svg.style.width = '100%';
  svg.style.height = '100%';
  const sea = svgEl('rect', { class: 'cs-map-sea', x: '0', y: '0', 'aria-hidden': 'true' });
  sea.style.fill = COLOR.sea;
  const land = svgEl('g', { class: 'cs-map-land', 'aria-hidden': 'true' });
  const dotsLayer = svgEl('g', { class: 'cs-map-dots' });
  // Labels repeat the dots' accessible names, so assistive technology skips them.
  const labelsLayer = svgEl('g', { class: 'cs-map-labels', 'aria-hidden': 'true' });
  labelsLayer.style.pointerEvents = 'none';
  svg.append(sea, land, dotsLayer, labelsLayer);
  container.append(svg);

  const loaded = new Map<string, Country[]>();
  let landJob: { projection: GeoProjection; key: string; regional: boolean } | undefined;
  let landFrame = 0;
  let last: {
    events: readonly ChronologyEvent[];
    highlighted: ReadonlySet<string>;
    selected: string | null;
  } = {
    events: [],
    highlighted: new Set(),
    selected: null,
  };
  let landKey = '';
  let destroyed = false;
  let updated = false;
  let frame = 0;

  const size = (): [number, number] => [container.clientWidth || 320, container.clientHeight || 240];

  function render(): void {
    frame = 0;
    // Before the first update there is nothing to fit: drawing the world would fetch an atlas for nothing.
    if (destroyed || !updated) return;
    const [width, height] = size();
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    sea.setAttribute('width', String(width));
    sea.setAttribute('height', String(height));
    const dots = placeDots(last.events, last.highlighted, last.selected);
    const extent = extentOf(dots);
    const projection: GeoProjection = projectionFor(extent).fitExtent(
      [
        [PADDING_PX, PADDING_PX],
        [Math.max(width - PADDING_PX, PADDING_PX + 1), Math.max(height - PADDING_PX, PADDING_PX + 1)],
      ],
      extent,
    );
    drawDots(projection, dots);
    // Land is the costly part (100 ms for a world of 50m shapes): at most once a frame, and only
    // when the projection changed, so brushing the timeline stays smooth.
    const key = `${width}x${height}:${projection.scale()}:${projection.translate()}`;
    landJob = { projection, key, regional: extent.type === 'MultiPoint' && isRegional(extent) };
    if (!landFrame) landFrame = requestAnimationFrame(drawLand);
  }

  function drawLand(): void {
    landFrame = 0;
    const job = landJob;
    if (destroyed || !job || job.key === landKey) return;
    // Regional views need the detailed atlas; the world reads fine (and draws 7× faster) at 110m.
    const url = job.regional ? atlas50Url : atlas110Url;
    const countries = loaded.get(url);
    if (!countries) {
      loadCountries(url).then(
        (c) => {
          loaded.set(url, c);
          if (!destroyed && !landFrame) landFrame = requestAnimationFrame(drawLand);
        },
        (err: unknown) => console.warn('Chronoscope map: country shapes unavailable', err),
      );
      return;
    }
    landKey = job.key;
    const [width, height] = size();
    const projection = job.projection.clipExtent([
      [-10, -10],
      [width + 10, height + 10],
    ]);
    const path = geoPath(projection);
    const view = job.regional ? visibleBox(projection, width, height) : undefined;
    const paths: SVGPathElement[] = [];
    for (const c of countries) {
      if (view && !intersects(c.bounds, view)) continue;
      const d = path(c.feature);
      if (!d) continue;
      const p = svgEl('path', { d });
      p.style.fill = COLOR.land;
      p.style.stroke = COLOR.border;
      p.style.strokeWidth = '0.5';
      paths.push(p);
    }
    land.replaceChildren(...paths);
  }

  function drawDots(projection: GeoProjection, dots: readonly PlaceDot[]): void {
    const max = dots.reduce((m, d) => Math.max(m, d.count), 1);
    const radius = scaleSqrt().domain([0, max]).range([0, MAX_RADIUS]);
    const dimOthers = last.highlighted.size > 0;
    const focusedKey = (document.activeElement as Element | null)?.getAttribute?.('data-key');
    const nodes = dots.map((d) => {
      const [x, y] = projection([d.lon, d.lat]) ?? [Number.NaN, Number.NaN];
      const c = svgEl('circle', {
        class: `cs-map-dot${d.highlighted ? ' is-highlighted' : ''}${d.selected ? ' is-selected' : ''}`,
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: Math.max(MIN_RADIUS, radius(d.count)).toFixed(1),
        role: 'button',
        tabindex: '0',
        'data-key': d.key,
        'data-place': d.name,
        'aria-label': `${d.label}: ${d.count} ${d.count === 1 ? 'event' : 'events'}`,
        'aria-pressed': String(d.selected),
      });
      const title = svgEl('title');
      title.textContent = c.getAttribute('aria-label');
      c.append(title);
      c.style.fill = d.highlighted || d.selected ? COLOR.accent : COLOR.dot;
      c.style.fillOpacity = dimOthers && !d.highlighted && !d.selected ? '0.35' : '0.8';
      c.style.stroke = d.selected ? COLOR.accent : COLOR.halo;
      c.style.strokeWidth = d.selected ? '3' : '1';
      c.style.cursor = 'pointer';
      return c;
    });
    dotsLayer.replaceChildren(...nodes);
    labelsLayer.replaceChildren(...labels(dots, nodes));
    // Redrawing replaces the nodes; keep keyboard focus on the same place.
    if (focusedKey)
      (nodes.find((n) => n.getAttribute('data-key') === focusedKey) as SVGElement | undefined)?.focus();
  }

  /** Names the largest places and any highlighted or selected one, skipping labels that would collide. */
  function labels(dots: readonly PlaceDot[], nodes: readonly SVGCircleElement[]): SVGTextElement[] {
    const boxes: [number, number, number, number][] = [];
    const out: SVGTextElement[] = [];
    const order = dots
      .map((d, i) => ({ d, i }))
      .sort(
        (a, b) =>
          Number(b.d.selected) - Number(a.d.selected) || Number(b.d.highlighted) - Number(a.d.highlighted),
      );
    for (const { d, i } of order) {
      if (out.length >= MAX_LABELS) break;
      const c = nodes[i]!;
      const cx = Number(c.getAttribute('cx'));
      const r = Number(c.getAttribute('r'));
      const y = Number(c.getAttribute('cy'));
      // Width estimated from the character count: measuring text would force a layout per label.
      const w = d.name.length * 6.5;
      const left = cx + r + 3 + w > size()[0];
      const x = left ? cx - r - 3 : cx + r + 3;
      const box: [number, number, number, number] = left
        ? [x - w, y - 8, x, y + 8]
        : [x, y - 8, x + w, y + 8];
      if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      boxes.push(box);
      const t = svgEl('text', {
        x: x.toFixed(1),
        y: y.toFixed(1),
        dy: '0.35em',
        'text-anchor': left ? 'end' : 'start',
      });
      t.textContent = d.name;
      t.style.font = '11px system-ui, sans-serif';
      t.style.fill = 'var(--map-label, var(--cs-fg, #222))';
      t.style.stroke = COLOR.halo;
      t.style.strokeWidth = '3';
      t.style.paintOrder = 'stroke';
      out.push(t);
    }
    return out;
  }

  function schedule(): void {
    if (!frame && !destroyed) frame = requestAnimationFrame(render);
  }

  function dotOf(target: EventTarget | null): SVGCircleElement | null {
    return target instanceof Element ? target.closest<SVGCircleElement>('circle.cs-map-dot') : null;
  }

  // Dragging on the map (not on a dot) draws a rectangle selecting every place inside it.
  const brush = svgEl('rect', { class: 'cs-map-brush', 'aria-hidden': 'true' });
  brush.style.fill = COLOR.accent;
  brush.style.fillOpacity = '0.12';
  brush.style.stroke = COLOR.accent;
  brush.style.pointerEvents = 'none';
  let drag: { x0: number; y0: number; x1: number; y1: number } | undefined;
  let suppressClick = false;

  const toSvg = (ev: PointerEvent | MouseEvent): [number, number] => {
    const r = svg.getBoundingClientRect();
    const [width, height] = size();
    return [
      ((ev.clientX - r.left) * width) / (r.width || 1),
      ((ev.clientY - r.top) * height) / (r.height || 1),
    ];
  };
  svg.addEventListener('pointerdown', (ev) => {
    // A drag whose click never arrived (released outside the window) must not eat the next click.
    suppressClick = false;
    if (ev.button !== 0 || dotOf(ev.target)) return;
    const [x, y] = toSvg(ev);
    drag = { x0: x, y0: y, x1: x, y1: y };
    svg.setPointerCapture?.(ev.pointerId);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    [drag.x1, drag.y1] = toSvg(ev);
    const [x, y, w, h] = rectOf(drag);
    if (w < DRAG_PX && h < DRAG_PX) return;
    for (const [k, v] of Object.entries({ x, y, width: w, height: h })) brush.setAttribute(k, v.toFixed(1));
    if (!brush.isConnected) svg.append(brush);
  });
  const endDrag = (ev: PointerEvent) => {
    if (!drag) return;
    [drag.x1, drag.y1] = toSvg(ev);
    const [x, y, w, h] = rectOf(drag);
    drag = undefined;
    brush.remove();
    if (w < DRAG_PX && h < DRAG_PX) return;
    suppressClick = true;
    const inside = [...dotsLayer.querySelectorAll<SVGCircleElement>('circle.cs-map-dot')].filter((c) => {
      const cx = Number(c.getAttribute('cx'));
      const cy = Number(c.getAttribute('cy'));
      return cx >= x && cx <= x + w && cy >= y && cy <= y + h;
    });
    const names = [...new Set(inside.map((c) => c.getAttribute('data-place')!))];
    options.onSelectPlaces(names.length ? names : null);
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', () => {
    drag = undefined;
    brush.remove();
  });
  svg.addEventListener('click', (ev) => {
    // The click that ends a drag is not a click on empty sea.
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    const dot = dotOf(ev.target);
    options.onSelectPlaces(dot ? [dot.getAttribute('data-place')!] : null);
  });
  svg.addEventListener('keydown', (ev) => {
    const dot = dotOf(ev.target);
    if (!dot || (ev.key !== 'Enter' && ev.key !== ' ')) return;
    ev.preventDefault();
    options.onSelectPlaces([dot.getAttribute('data-place')!]);
  });

  const resize = new ResizeObserver(schedule);
  resize.observe(container);
  return {
    update(events, highlightedIds, selectedId) {
      last = { events, highlighted: highlightedIds, selected: selectedId };
      updated = true;
      // Draw synchronously so callers and tests see the dots at once; land follows when loaded.
      if (frame) cancelAnimationFrame(frame);
      render();
    },
    destroy() {
      destroyed = true;
      if (frame) cancelAnimationFrame(frame);
      if (landFrame) cancelAnimationFrame(landFrame);
      resize.disconnect();
      svg.remove();
    },
  };
}
