import { type GeoPermissibleObjects, type GeoProjection, geoMercator, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// A URL, not the JSON itself: the 750 kB atlas is fetched only when a map is first shown.
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { ChronologyEvent } from '../../model/chronology.ts';

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

/** Degrees added around the places' extent, and the smallest extent shown, so one place is not a blow-up. */
const MARGIN_DEG = 1;
const MIN_SPAN_DEG = 4;
const PADDING_PX = 24;
const MAX_RADIUS = 14;
const MIN_RADIUS = 3.5;

/** One dot: a distinct place (name and enclosing unit) with coordinates. */
interface PlaceDot {
  readonly key: string;
  readonly name: string;
  readonly label: string;
  readonly lon: number;
  readonly lat: number;
  count: number;
  highlighted: boolean;
  selected: boolean;
}

/** The linked map returned by `createMapView`. */
export interface MapView {
  update(events: readonly ChronologyEvent[], highlightedIds: ReadonlySet<string>, selectedId: string | null): void;
  destroy(): void;
}

let atlas: Promise<FeatureCollection<Geometry>> | undefined;

/** Loads country shapes once per page; a failure leaves the map without land rather than broken. */
function loadCountries(): Promise<FeatureCollection<Geometry>> {
  atlas ??= fetch(atlasUrl)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`world atlas: HTTP ${r.status}`))))
    .then((topology: Topology<{ countries: GeometryCollection }>) =>
      feature(topology, topology.objects.countries),
    ) as Promise<FeatureCollection<Geometry>>;
  return atlas;
}

/** Groups the events' located places into dots, counting events and marking highlighted/selected ones. */
export function placeDots(
  events: readonly ChronologyEvent[],
  highlightedIds: ReadonlySet<string>,
  selectedId: string | null,
): PlaceDot[] {
  const dots = new Map<string, PlaceDot>();
  for (const e of events) {
    const seen = new Set<string>();
    for (const p of e.places) {
      if (p.lat === undefined || p.lon === undefined) continue;
      const key = `${p.name}\u0000${p.within ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let dot = dots.get(key);
      if (!dot) {
        const label = p.within && p.within !== p.name ? `${p.name}, ${p.within}` : p.name;
        dot = { key, name: p.name, label, lon: p.lon, lat: p.lat, count: 0, highlighted: false, selected: false };
        dots.set(key, dot);
      }
      dot.count++;
      if (highlightedIds.has(e.id)) dot.highlighted = true;
      if (e.id === selectedId) dot.selected = true;
    }
  }
  // Big dots first so small ones stay on top and clickable.
  return [...dots.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The area to fit: the dots' extent with a margin, at least MIN_SPAN_DEG wide and tall; the globe if none. */
function extentOf(dots: readonly PlaceDot[]): GeoPermissibleObjects {
  if (dots.length === 0) return { type: 'Sphere' };
  let [w, e, s, n] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const d of dots) {
    w = Math.min(w, d.lon);
    e = Math.max(e, d.lon);
    s = Math.min(s, d.lat);
    n = Math.max(n, d.lat);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(MARGIN_DEG, (MIN_SPAN_DEG - (hi - lo)) / 2);
    return [lo - pad, hi + pad];
  };
  [w, e] = grow(w, e);
  [s, n] = grow(s, n);
  return {
    type: 'MultiPoint',
    coordinates: [
      [Math.max(w, -180), Math.max(s, -85)],
      [Math.min(e, 180), Math.min(n, 85)],
    ],
  };
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/**
 * Draws the places of the events on a world map linked to the timeline: country shapes, one dot
 * per distinct located place (area ∝ number of events), highlighted and selected places in the
 * accent colour. Clicking a dot, or Enter/Space on a focused one, calls
 * `onSelectPlaces([name])`; clicking anywhere else calls `onSelectPlaces(null)`.
 */
export function createMapView(
  container: HTMLElement,
  options: { onSelectPlaces(placeNames: string[] | null): void },
): MapView {
  const svg = svgEl('svg', { class: 'cs-map', role: 'group', 'aria-label': 'Map of event places' });
  svg.style.display = 'block';
  svg.style.width = '100%';
  svg.style.height = '100%';
  const sea = svgEl('rect', { class: 'cs-map-sea', x: '0', y: '0', 'aria-hidden': 'true' });
  sea.style.fill = COLOR.sea;
  const land = svgEl('g', { class: 'cs-map-land', 'aria-hidden': 'true' });
  const dotsLayer = svgEl('g', { class: 'cs-map-dots' });
  svg.append(sea, land, dotsLayer);
  container.append(svg);

  let countries: FeatureCollection<Geometry> | undefined;
  let last: { events: readonly ChronologyEvent[]; highlighted: ReadonlySet<string>; selected: string | null } = {
    events: [],
    highlighted: new Set(),
    selected: null,
  };
  let landKey = '';
  let destroyed = false;
  let frame = 0;

  const size = (): [number, number] => [container.clientWidth || 320, container.clientHeight || 240];

  function render(): void {
    frame = 0;
    if (destroyed) return;
    const [width, height] = size();
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    sea.setAttribute('width', String(width));
    sea.setAttribute('height', String(height));
    const dots = placeDots(last.events, last.highlighted, last.selected);
    const projection: GeoProjection = geoMercator().fitExtent(
      [
        [PADDING_PX, PADDING_PX],
        [Math.max(width - PADDING_PX, PADDING_PX + 1), Math.max(height - PADDING_PX, PADDING_PX + 1)],
      ],
      extentOf(dots),
    );
    drawLand(projection, `${width}x${height}:${projection.scale()}:${projection.translate()}`);
    drawDots(projection, dots);
  }

  function drawLand(projection: GeoProjection, key: string): void {
    // Country paths are the costly part; redraw them only when the projection changed.
    if (!countries || key === landKey) return;
    landKey = key;
    const path = geoPath(projection);
    const paths = countries.features.map((f) => {
      const p = svgEl('path', { d: path(f) ?? '' });
      p.style.fill = COLOR.land;
      p.style.stroke = COLOR.border;
      p.style.strokeWidth = '0.5';
      return p;
    });
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
    // Redrawing replaces the nodes; keep keyboard focus on the same place.
    if (focusedKey) (nodes.find((n) => n.getAttribute('data-key') === focusedKey) as SVGElement | undefined)?.focus();
  }

  function schedule(): void {
    if (!frame && !destroyed) frame = requestAnimationFrame(render);
  }

  function dotOf(target: EventTarget | null): SVGCircleElement | null {
    return target instanceof Element ? target.closest<SVGCircleElement>('circle.cs-map-dot') : null;
  }

  svg.addEventListener('click', (ev) => {
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
  loadCountries().then(
    (c) => {
      countries = c;
      landKey = '';
      schedule();
    },
    (err: unknown) => console.warn('Chronoscope map: country shapes unavailable', err),
  );

  return {
    update(events, highlightedIds, selectedId) {
      last = { events, highlighted: highlightedIds, selected: selectedId };
      // Draw synchronously so callers and tests see the dots at once; land follows when loaded.
      if (frame) cancelAnimationFrame(frame);
      render();
    },
    destroy() {
      destroyed = true;
      if (frame) cancelAnimationFrame(frame);
      resize.disconnect();
      svg.remove();
    },
  };
}
