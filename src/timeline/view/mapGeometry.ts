import { type GeoProjection, type GeoSphere, geoBounds, geoMercator, geoNaturalEarth1 } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ChronologyEvent, Place } from '../../model/chronology.ts';

/** Degrees added around the places' extent, and the smallest extent shown, so one place is not a blow-up. */
const MARGIN_DEG = 1;
const MIN_SPAN_DEG = 4;

/** One dot: a distinct place (name and enclosing unit) with coordinates. */
export interface PlaceDot {
  readonly key: string;
  readonly name: string;
  readonly label: string;
  readonly lon: number;
  readonly lat: number;
  count: number;
  highlighted: boolean;
  selected: boolean;
}

/** A country shape with its longitude/latitude bounds, for culling what lies outside the view. */
export interface Country {
  readonly feature: Feature<Geometry>;
  readonly bounds: [[number, number], [number, number]];
}

const atlases = new Map<string, Promise<Country[]>>();

/** Loads one atlas (by URL) once per page; a failure leaves the map without land rather than broken. */
export function loadCountries(url: string): Promise<Country[]> {
  let loading = atlases.get(url);
  if (!loading) {
    loading = fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`world atlas: HTTP ${r.status}`))))
      .then((topology: Topology<{ countries: GeometryCollection }>) => {
        const fc = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
        return fc.features.map((f) => ({ feature: f, bounds: geoBounds(f) }));
      });
    atlases.set(url, loading);
  }
  return loading;
}

/** Groups the events' located places into dots, counting events and marking highlighted/selected ones. */
export function placeDots(
  events: readonly ChronologyEvent[],
  highlightedIds: ReadonlySet<string>,
  selectedId: string | null,
): PlaceDot[] {
  // Columnar chronologies share one places list among many events: tally each list once.
  const lists = new Map<readonly Place[], { count: number; highlighted: boolean; selected: boolean }>();
  for (const e of events) {
    let t = lists.get(e.places);
    if (!t) {
      t = { count: 0, highlighted: false, selected: false };
      lists.set(e.places, t);
    }
    t.count++;
    if (!t.highlighted && highlightedIds.size > 0 && highlightedIds.has(e.id)) t.highlighted = true;
    if (selectedId !== null && !t.selected && e.id === selectedId) t.selected = true;
  }
  const dots = new Map<string, PlaceDot>();
  for (const [places, t] of lists) {
    const seen = new Set<string>();
    for (const p of places) {
      if (p.lat === undefined || p.lon === undefined) continue;
      const key = `${p.name}\u0000${p.within ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let dot = dots.get(key);
      if (!dot) {
        const label = p.within && p.within !== p.name ? `${p.name}, ${p.within}` : p.name;
        dot = {
          key,
          name: p.name,
          label,
          lon: p.lon,
          lat: p.lat,
          count: 0,
          highlighted: false,
          selected: false,
        };
        dots.set(key, dot);
      }
      dot.count += t.count;
      if (t.highlighted) dot.highlighted = true;
      if (t.selected) dot.selected = true;
    }
  }
  // Big dots first so small ones stay on top and clickable.
  return [...dots.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The area to fit: the dots' extent with a margin, at least MIN_SPAN_DEG wide and tall; the globe if none. */
export function extentOf(dots: readonly PlaceDot[]): GeoSphere | MultiPoint {
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

/**
 * Mercator keeps a region's shapes true, which suits a country-sized chronology; a world-wide
 * extent would blow up the poles, so it gets Natural Earth instead.
 */
export function projectionFor(extent: GeoSphere | MultiPoint): GeoProjection {
  return extent.type === 'MultiPoint' && isRegional(extent) ? geoMercator() : geoNaturalEarth1();
}

/** True for extents small enough to draw in Mercator from the detailed atlas. */
export function isRegional(extent: MultiPoint): boolean {
  const [sw, ne] = extent.coordinates;
  const lonSpan = (ne?.[0] ?? 0) - (sw?.[0] ?? 0);
  const latSpan = (ne?.[1] ?? 0) - (sw?.[1] ?? 0);
  return lonSpan <= 90 && latSpan <= 60;
}

/** A longitude/latitude box: [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/** The longitude/latitude box a Mercator view shows, with a degree to spare. */
export function visibleBox(projection: GeoProjection, width: number, height: number): Box | undefined {
  const nw = projection.invert?.([0, 0]);
  const se = projection.invert?.([width, height]);
  if (!nw || !se) return undefined;
  return [
    [nw[0] - 1, se[1] - 1],
    [se[0] + 1, nw[1] + 1],
  ];
}

/** True when a country's bounds may show in the view box. */
export function intersects(bounds: Box, view: Box): boolean {
  const [[w, s], [e, n]] = bounds;
  // Shapes across the antimeridian (Russia, Fiji) have west > east: keep them rather than reason about wrapping.
  if (w > e) return true;
  return w <= view[1][0] && e >= view[0][0] && s <= view[1][1] && n >= view[0][1];
}
