import { describe, expect, it } from 'vitest';
import { buildEventIndex, focusExtent, importanceOf } from '../../../src/timeline/layout/eventIndex.ts';
import { makeChronology, makeEvent, sample } from '../fixture.ts';

describe('buildEventIndex', () => {
  it('orders positions by start and spans all events and report dates', () => {
    const index = buildEventIndex(sample);
    const starts = [...index.byStart].map((p) => index.start[p]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(index.extent).toEqual([Date.UTC(2022, 2, 1), Date.UTC(2022, 5, 27)]);
    expect(index.sources[index.positionById.get('e04')!]).toEqual(['Al Jazeera (English translation)']);
    expect(index.searchTextOf(index.positionById.get('e13')!)).toContain('nijrab');
  });

  it('ranks corroborated, deadly events above lone reports', () => {
    const big = makeEvent('a', '2022-01-01', '2022-01-01', { corroboration: 3, fatalities: 20 });
    const report = makeEvent('b', '2022-01-01', '2022-01-01', { isReport: true });
    expect(importanceOf(big)).toBeGreaterThan(importanceOf(report));
    expect(buildEventIndex(makeChronology([])).extent).toBeNull();
  });
});

describe('focusExtent', () => {
  it('leaves out stray far dates but keeps every report date', () => {
    const events = Array.from({ length: 100 }, (_, i) =>
      makeEvent(`e${i}`, `2012-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    events.push(makeEvent('old', '1948-01-01', '1948-01-01', { reported: '2012-01-10' }));
    events.push(makeEvent('future', '2042-01-01', '2042-12-31', { reported: '2012-02-10' }));
    const index = buildEventIndex(makeChronology(events));
    const [a, b] = focusExtent(index)!;
    expect(new Date(a).toISOString().slice(0, 10)).toBe('2012-01-01');
    expect(new Date(b).toISOString().slice(0, 10)).toBe('2012-02-11');
    expect(index.extent![0]).toBe(Date.UTC(1948, 0, 1));
  });
});
