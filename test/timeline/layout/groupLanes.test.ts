import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/timeline/layout/eventIndex.ts';
import { groupLanes } from '../../../src/timeline/layout/groupLanes.ts';
import { sample } from '../fixture.ts';

describe('groupLanes', () => {
  const index = buildEventIndex(sample);

  it('puts an event with several places in several lanes, biggest lane first', () => {
    const lanes = groupLanes(index, index.byStart, 'place');
    const byKey = new Map(lanes.map((l) => [l.key, [...l.positions].map((p) => index.events[p]!.id)]));
    expect(byKey.get('Kohistan')).toEqual(['e07', 'e04', 'e05', 'e06']);
    expect(byKey.get('Badakhshan')).toContain('e04');
    expect(byKey.get('No place')).toEqual(['e01']);
    expect(lanes[0]!.positions.length).toBeGreaterThanOrEqual(lanes[lanes.length - 1]!.positions.length);
  });

  it('merges the long tail into one Other lane', () => {
    const lanes = groupLanes(index, index.byStart, 'actor', 4);
    expect(lanes).toHaveLength(4);
    expect(lanes[3]!.label).toMatch(/^Other \(\d+\)$/);
    const starts = [...lanes[3]!.positions].map((p) => index.start[p]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('has a single lane when grouping by nothing', () => {
    expect(groupLanes(index, index.byStart, 'none').map((l) => l.positions.length)).toEqual([
      sample.events.length,
    ]);
  });
});
