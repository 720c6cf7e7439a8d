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
});
