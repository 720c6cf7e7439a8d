import { describe, expect, it } from 'vitest';
import * as a from '../../../src/timeline/state/actions.ts';
import { INITIAL_STATE } from '../../../src/timeline/state/timelineState.ts';

describe('actions', () => {
  it('return the same state when nothing changes, so no render is scheduled', () => {
    expect(a.setQuery(INITIAL_STATE, '')).toBe(INITIAL_STATE);
    expect(a.setLaneBy(INITIAL_STATE, 'none')).toBe(INITIAL_STATE);
    expect(a.selectEvent(INITIAL_STATE, null)).toBe(INITIAL_STATE);
    expect(a.setView(INITIAL_STATE, { start: 5, end: 5 })).toBe(INITIAL_STATE);
  });

  it('zooms around the centre and keeps it fixed', () => {
    const s = a.zoomView(INITIAL_STATE, { factor: 2, fallback: { start: 0, end: 100 } });
    expect(s.view).toEqual({ start: 25, end: 75 });
    const t = a.zoomView(s, { factor: 0.5, fallback: { start: 0, end: 1 }, center: 25 });
    expect(t.view).toEqual({ start: 25, end: 125 });
  });

  it('clears filters and search together, and toggles the theme against the system', () => {
    const filtered = a.setQuery(a.setFilter(INITIAL_STATE, { types: ['battle'] }), 'kabul');
    expect(a.clearFilters(filtered)).toEqual(INITIAL_STATE);
    expect(a.toggleTheme(INITIAL_STATE, true).theme).toBe('light');
    expect(a.toggleTheme(INITIAL_STATE, false).theme).toBe('dark');
  });

  it('clamps a window into the pan limits, keeping its span', () => {
    expect(a.clampWindow({ start: -30, end: -10 }, [0, 100])).toEqual({ start: 0, end: 20 });
    expect(a.clampWindow({ start: 95, end: 115 }, [0, 100])).toEqual({ start: 80, end: 100 });
    expect(a.clampWindow({ start: 40, end: 60 }, [0, 100])).toEqual({ start: 40, end: 60 });
    expect(a.clampWindow({ start: -50, end: 150 }, [0, 100])).toEqual({ start: 0, end: 100 });
  });

  it('reveals an interval by panning, not past the limits, and leaves a visible one alone', () => {
    const s = a.setView(INITIAL_STATE, { start: 40, end: 60 });
    const bounds = [0, 100] as const;
    const fallback = { start: 0, end: 100 };
    expect(a.revealInterval(s, { start: 45, end: 50, fallback, bounds })).toBe(s);
    expect(a.revealInterval(s, { start: 70, end: 72, fallback, bounds }).view).toEqual({
      start: 61,
      end: 81,
    });
    // The first event sits at the very start: centring it would show time before the limit.
    expect(a.revealInterval(s, { start: 2, end: 2, fallback, bounds }).view).toEqual({ start: 0, end: 20 });
    expect(a.revealInterval(s, { start: 99, end: 99, fallback, bounds }).view).toEqual({
      start: 80,
      end: 100,
    });
  });
});
