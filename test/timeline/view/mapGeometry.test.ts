import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { ChronologyEvent, Place } from '../../../src/model/chronology.ts';
import {
  extentOf,
  intersects,
  isRegional,
  placeDots,
  projectionFor,
  visibleBox,
} from '../../../src/timeline/view/mapGeometry.ts';

function event(id: string, places: Place[]): ChronologyEvent {
  return {
    id,
    title: id,
    when: {
      start: '2022-04-10',
      end: '2022-04-10',
      precision: 'day',
      value: '2022-04-10',
      approximate: false,
    },
    reported: '2022-04-12',
    mentions: [{ article: 'a', sentence: { start: 0, end: 1, text: 'x' } }],
    actors: [],
    places,
  };
}

const KABUL: Place = { name: 'Kabul', lat: 34.53, lon: 69.17 };
const KOHISTAN_BDK: Place = { name: 'Kohistan', within: 'Badakhshan', lat: 37.4, lon: 70.9 };
const KOHISTAN_KPS: Place = { name: 'Kohistan', within: 'Kapisa', lat: 35.0, lon: 69.3 };

describe('placeDots', () => {
  it('counts each event once per distinct located place, keeping same names in different provinces apart', () => {
    const dots = placeDots(
      [
        event('a', [KABUL, KABUL]),
        event('b', [KABUL, { name: 'Unlocated' }]),
        event('c', [KOHISTAN_BDK]),
        event('d', [KOHISTAN_KPS]),
      ],
      new Set(['c']),
      'd',
    );
    expect(dots.map((d) => [d.label, d.count, d.highlighted, d.selected])).toEqual([
      ['Kabul', 2, false, false],
      ['Kohistan, Badakhshan', 1, true, false],
      ['Kohistan, Kapisa', 1, false, true],
    ]);
  });
});

describe('extentOf / projectionFor', () => {
  it('fits the whole globe when nothing is located', () => {
    expect(extentOf([])).toEqual({ type: 'Sphere' });
  });
  it('pads a single place to a minimum span so it is not a blow-up', () => {
    const e = extentOf(placeDots([event('a', [KABUL])], new Set(), null));
    if (e.type !== 'MultiPoint') throw new Error('expected a MultiPoint extent');
    const [sw, ne] = e.coordinates as [[number, number], [number, number]];
    expect(ne[0] - sw[0]).toBeCloseTo(4, 5);
    expect(ne[1] - sw[1]).toBeCloseTo(4, 5);
    expect(isRegional(e)).toBe(true);
  });
  it('switches to a world projection for far-apart places', () => {
    const far = placeDots([event('a', [KABUL, { name: 'Lima', lat: -12, lon: -77 }])], new Set(), null);
    const e = extentOf(far);
    if (e.type !== 'MultiPoint') throw new Error('expected a MultiPoint extent');
    expect(isRegional(e)).toBe(false);
    // Natural Earth maps the pole to a finite point; Mercator (for regions) sends it far off.
    const world = projectionFor(e)([0, 89.99])!;
    const region = extentOf(placeDots([event('a', [KABUL])], new Set(), null));
    const mercator = projectionFor(region)([0, 89.99])!;
    expect(world[1]).toBeGreaterThan(-500);
    expect(mercator[1]).toBeLessThan(-1000);
  });
});

describe('visibleBox / intersects', () => {
  it('culls countries outside a regional view but keeps antimeridian shapes', () => {
    const projection = geoMercator().fitExtent(
      [
        [0, 0],
        [600, 400],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [60, 29],
          [75, 39],
        ],
      },
    );
    const view = visibleBox(projection, 600, 400)!;
    expect(view[0][0]).toBeLessThan(60);
    expect(view[1][0]).toBeGreaterThan(75);
    const afghanistan: [[number, number], [number, number]] = [
      [60.5, 29.4],
      [74.9, 38.5],
    ];
    const peru: [[number, number], [number, number]] = [
      [-81.3, -18.3],
      [-68.7, -0.1],
    ];
    const fiji: [[number, number], [number, number]] = [
      [177, -20],
      [-178, -12],
    ];
    expect(intersects(afghanistan, view)).toBe(true);
    expect(intersects(peru, view)).toBe(false);
    expect(intersects(fiji, view)).toBe(true);
  });
});
