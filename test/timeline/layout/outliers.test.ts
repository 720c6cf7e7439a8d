import { describe, expect, it } from 'vitest';
import { buildEventIndex, focusExtent } from '../../../src/timeline/layout/eventIndex.ts';
import { jumpWindow, outliers } from '../../../src/timeline/layout/outliers.ts';
import { makeChronology, makeEvent } from '../fixture.ts';

const DAY = 86_400_000;

function strayIndex() {
  const events = Array.from({ length: 100 }, (_, i) =>
    makeEvent(`e${i}`, `2012-01-${String((i % 28) + 1).padStart(2, '0')}`),
  );
  events.push(makeEvent('old', '1948-05-14', '1948-05-14', { reported: '2012-01-10' }));
  events.push(makeEvent('older', '1920-01-01', '1920-12-31', { reported: '2012-01-10' }));
  events.push(makeEvent('future', '2042-01-01', '2042-12-31', { reported: '2012-02-10' }));
  return buildEventIndex(makeChronology(events));
}

describe('outliers', () => {
  it('counts the stray dates outside the focus extent and names the nearest on each side', () => {
    const index = strayIndex();
    const all = Uint32Array.from(index.byStart);
    const o = outliers(all, index.start, index.end, focusExtent(index)!);
    expect(o.before.count).toBe(2);
    expect(o.after.count).toBe(1);
    expect(index.events[o.before.nearest]!.id).toBe('old');
    expect(index.events[o.after.nearest]!.id).toBe('future');
  });

  it('counts only the positions it is given (the filtered events)', () => {
    const index = strayIndex();
    const noOld = Uint32Array.from(index.byStart).filter((p) => index.events[p]!.id !== 'old');
    const o = outliers(noOld, index.start, index.end, focusExtent(index)!);
    expect(o.before.count).toBe(1);
    expect(index.events[o.before.nearest]!.id).toBe('older');
  });

  it('keeps events that overlap the domain, even if they start before it', () => {
    const start = Float64Array.from([0, 5 * DAY, 9 * DAY, 10 * DAY]);
    const end = Float64Array.from([2 * DAY, 20 * DAY, 11 * DAY, 12 * DAY]);
    const o = outliers([0, 1, 2, 3], start, end, [3 * DAY, 10 * DAY]);
    // 0 ends before; 1 and 2 overlap; 3 starts exactly at the (exclusive) end.
    expect(o.before).toEqual({ count: 1, nearest: 0 });
    expect(o.after).toEqual({ count: 1, nearest: 3 });
  });

  it('reports none with -1 when everything is inside', () => {
    const start = Float64Array.from([5]);
    const end = Float64Array.from([6]);
    expect(outliers([0], start, end, [0, 10])).toEqual({
      before: { count: 0, nearest: -1 },
      after: { count: 0, nearest: -1 },
    });
  });
});

describe('jumpWindow', () => {
  it('keeps the span and centres the event', () => {
    expect(jumpWindow(100 * DAY, 101 * DAY, 10 * DAY)).toEqual({ start: 95.5 * DAY, end: 105.5 * DAY });
  });

  it('widens to an event longer than the span, with a margin', () => {
    const w = jumpWindow(0, 100 * DAY, 10 * DAY);
    expect(w.start).toBeLessThan(0);
    expect(w.end).toBeGreaterThan(100 * DAY);
    expect(w.end - w.start).toBeCloseTo(110 * DAY);
  });
});
