import { describe, expect, it } from 'vitest';
import { buildEventIndex, importanceOf } from '../../../src/timeline/layout/eventIndex.ts';
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
