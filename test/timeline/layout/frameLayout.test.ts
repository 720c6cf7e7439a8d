import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/timeline/layout/eventIndex.ts';
import { AGGREGATE_ABOVE, layoutFrame, placeLabel } from '../../../src/timeline/layout/frameLayout.ts';
import { groupLanes } from '../../../src/timeline/layout/groupLanes.ts';
import { syntheticChronology } from '../../../src/timeline/synthetic.ts';
import { sample } from '../fixture.ts';

function frameOf(chronology = sample, domain?: [number, number], width = 900, selected?: number) {
  const index = buildEventIndex(chronology);
  const regular = [...index.byStart].filter((p) => !index.vague[p]);
  const vague = [...index.byStart].filter((p) => index.vague[p]);
  const frame = layoutFrame({
    index,
    lanes: groupLanes(index, regular, 'none'),
    vague,
    domain: domain ?? [index.extent![0], index.extent![1]],
    width,
    height: 400,
    top: 30,
    labelWidth: (p) => index.events[p]!.title.length * 6,
    selected,
  });
  return { index, frame };
}

describe('layoutFrame', () => {
  it('shows every sample event as an item, vague ones in their own band', () => {
    const { frame } = frameOf();
    expect(frame.inView).toHaveLength(sample.events.length);
    expect(frame.lanes.map((l) => [l.vague, l.mode, l.items.length])).toEqual([
      [false, 'items', 12],
      [true, 'items', 1],
    ]);
    expect(frame.lanes[1]!.y).toBe(frame.lanes[0]!.y + frame.lanes[0]!.height);
  });

  it('culls to the window', () => {
    const { frame, index } = frameOf(sample, [Date.UTC(2022, 5, 1), Date.UTC(2022, 5, 30)]);
    expect(frame.inView.map((p) => index.events[p]!.id).sort()).toEqual(['e09', 'e10', 'e11', 'e12', 'e13']);
  });

  it('switches to density bars plus key events when zoomed out over many events', () => {
    const { frame, index } = frameOf(syntheticChronology(20_000, { seed: 3 }));
    const lane = frame.lanes[0]!;
    expect(lane.mode).toBe('key');
    expect(lane.bins.reduce((n, b) => n + b.count, 0)).toBe(lane.visibleCount);
    expect(lane.items.length).toBeLessThan(200);
    expect(lane.items.every((it) => it.showLabel)).toBe(true);
    const all = [...index.byStart]
      .filter((p) => !index.vague[p])
      .map((p) => index.importance[p]!)
      .sort((x, y) => x - y);
    const p95 = all[Math.floor(all.length * 0.95)]!;
    expect(Math.min(...lane.items.map((it) => index.importance[it.p]!))).toBeGreaterThanOrEqual(p95);
  });

  it('aggregates a lane with more than AGGREGATE_ABOVE events in view: exact count, the most important events, same bars', () => {
    const chronology = syntheticChronology(AGGREGATE_ABOVE + 6000, { seed: 5 });
    const { frame, index } = frameOf(chronology);
    const lane = frame.lanes[0]!;
    const [d0, d1] = frame.domain;
    const visible = [...index.byStart].filter(
      (p) => !index.vague[p] && index.start[p]! < d1 && index.end[p]! > d0,
    );
    expect(visible.length).toBeGreaterThan(AGGREGATE_ABOVE);
    expect(lane.mode).toBe('key');
    expect(lane.visibleCount).toBe(visible.length);
    expect(frame.inViewCount).toBe(visible.length + frame.lanes[1]!.visibleCount);
    // Key events are drawn from the k most important in view (those that got a label are kept).
    const k = Math.max(4, Math.floor((lane.rows * frame.width) / 160));
    const kth = visible.map((p) => index.importance[p]!).sort((x, y) => y - x)[k - 1]!;
    expect(lane.items.length).toBeGreaterThan(0);
    for (const it of lane.items) expect(index.importance[it.p]!).toBeGreaterThanOrEqual(kth);
    // Bars count and sum exactly what a scan of the lane would.
    expect(lane.bins.reduce((n, b) => n + b.count, 0)).toBe(lane.visibleCount);
    const deaths = visible.reduce((sum, p) => sum + (index.events[p]!.fatalities ?? 0), 0);
    expect(lane.bins.reduce((n, b) => n + b.fatalities, 0)).toBe(deaths);
  });

  it('places labels inside wide pills, right of marks, or left near the right edge', () => {
    expect(placeLabel(100, 400, true, 100, 900)).toEqual([106, 206]);
    expect(placeLabel(100, 110, false, 100, 900)).toEqual([115, 215]);
    expect(placeLabel(850, 860, false, 100, 900)).toEqual([745, 845]);
    expect(placeLabel(0, 1, false, Number.NaN, 900).every(Number.isNaN)).toBe(true);
    expect(placeLabel(150, 160, false, 400, 300)).toEqual([2, 145]);
    expect(placeLabel(10, 20, false, 400, 50)).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('selected event', () => {
  it('always gets a row and a label, even zoomed out among 20,000 events', () => {
    const chronology = syntheticChronology(20_000, { seed: 3 });
    const { index } = frameOf(chronology);
    const lowest = [...index.byStart]
      .filter((p) => !index.vague[p])
      .sort((a, b) => index.importance[a]! - index.importance[b]!)[0]!;
    const { frame } = frameOf(chronology, undefined, 900, lowest);
    const item = frame.lanes[0]!.items.find((it) => it.p === lowest);
    expect(item?.showLabel).toBe(true);
    expect(item?.overflow).toBe(false);
  });
});
