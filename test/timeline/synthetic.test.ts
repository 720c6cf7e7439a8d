import { describe, expect, it } from 'vitest';
import { columnEvents } from '../../src/chronology/formats/arrowEvents.ts';
import { validateChronology } from '../../src/model/validateChronology.ts';
import { eventInterval } from '../../src/timeline/layout/eventTime.ts';
import { seededRandom, syntheticChronology } from '../../src/timeline/synthetic.ts';
import { syntheticColumns } from '../../src/timeline/syntheticColumns.ts';

describe('syntheticChronology', () => {
  it('is schema-valid and reproducible from its seed', () => {
    const a = syntheticChronology(500, { seed: 7 });
    const r = validateChronology(a);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(syntheticChronology(500, { seed: 7 })).toEqual(a);
    expect(syntheticChronology(500, { seed: 8 })).not.toEqual(a);
    expect(a.events).toHaveLength(500);
  });

  it('mixes precisions and keeps each event no later than its report', () => {
    const c = syntheticChronology(2000, { seed: 1 });
    const precisions = new Set(c.events.map((e) => e.when.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'time', 'vague', 'week']);
    for (const e of c.events) expect(e.when.start.slice(0, 10) <= e.reported).toBe(true);
  });

  it('draws uniform-looking numbers', () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 10_000 }, r);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('syntheticColumns', () => {
  it('generates the same events as syntheticChronology, details included', () => {
    for (const seed of [1, 9]) {
      const { columns, detail } = syntheticColumns(1500, { seed });
      const { events } = columnEvents(columns, detail);
      const plain = syntheticChronology(1500, { seed });
      expect(columns.articles).toEqual(plain.articles);
      expect(JSON.parse(JSON.stringify(events))).toEqual(plain.events);
    }
  });

  it('gives the drawn interval of every event', () => {
    const { columns, detail } = syntheticColumns(800, { seed: 3 });
    const { events } = columnEvents(columns, detail);
    events.forEach((e, p) => {
      const iv = eventInterval(e);
      expect([columns.startMs[p], columns.endMs[p]]).toEqual([iv.start, iv.end]);
    });
  });
});
