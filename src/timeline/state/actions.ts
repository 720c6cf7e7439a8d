import type { LaneBy } from '../layout/groupLanes.ts';
import {
  EMPTY_FILTERS,
  type Filters,
  type ListSort,
  type Theme,
  type TimelineState,
} from './timelineState.ts';

/** Shows the window `[start, end)`; a degenerate or inverted window is ignored. */
export function setView(state: TimelineState, view: { start: number; end: number } | null): TimelineState {
  if (view && !(view.end > view.start)) return state;
  if (view && state.view && view.start === state.view.start && view.end === state.view.end) return state;
  return { ...state, view };
}

/** Groups events into lanes by another field. */
export function setLaneBy(state: TimelineState, laneBy: LaneBy): TimelineState {
  return state.laneBy === laneBy ? state : { ...state, laneBy };
}

/** Sets the search text. */
export function setQuery(state: TimelineState, query: string): TimelineState {
  return state.query === query ? state : { ...state, query };
}

/** Replaces one facet filter (e.g. `{ types: ['battle'] }`). */
export function setFilter(state: TimelineState, patch: Partial<Filters>): TimelineState {
  return { ...state, filters: { ...state.filters, ...patch } };
}

/** Removes all filters and the search text. */
export function clearFilters(state: TimelineState): TimelineState {
  return { ...state, filters: EMPTY_FILTERS, query: '' };
}

/** Orders the list view by time or by salience. */
export function setListSort(state: TimelineState, listSort: ListSort): TimelineState {
  return state.listSort === listSort ? state : { ...state, listSort };
}

/** Opens an event's details (null closes them). */
export function selectEvent(state: TimelineState, id: string | null): TimelineState {
  return state.selectedId === id ? state : { ...state, selectedId: id };
}

/** Switches the colour scheme. */
export function setTheme(state: TimelineState, theme: Theme): TimelineState {
  return { ...state, theme };
}

/** Cycles auto → light → dark → auto, resolving "auto" against the system preference. */
export function toggleTheme(state: TimelineState, systemDark: boolean): TimelineState {
  const current = state.theme === 'auto' ? (systemDark ? 'dark' : 'light') : state.theme;
  return { ...state, theme: current === 'dark' ? 'light' : 'dark' };
}

/**
 * Zooms the window by `factor` (>1 zooms in) around `center` (defaults to the middle),
 * keeping the centre fixed, as the + and − keys do.
 */
export function zoomView(
  state: TimelineState,
  payload: { factor: number; fallback: { start: number; end: number }; center?: number },
): TimelineState {
  const v = state.view ?? payload.fallback;
  const c = payload.center ?? (v.start + v.end) / 2;
  const span = (v.end - v.start) / payload.factor;
  const t = (c - v.start) / (v.end - v.start);
  return setView(state, { start: c - span * t, end: c - span * t + span });
}

/**
 * Shifts `view` (keeping its span) so that it lies inside `bounds`, the limit d3-zoom puts on
 * drags; a view wider than the bounds becomes the bounds.
 */
export function clampWindow(
  view: { start: number; end: number },
  bounds: readonly [number, number],
): { start: number; end: number } {
  const span = view.end - view.start;
  if (span >= bounds[1] - bounds[0]) return { start: bounds[0], end: bounds[1] };
  const start = Math.min(Math.max(view.start, bounds[0]), bounds[1] - span);
  return { start, end: start + span };
}

/**
 * Pans (keeping the zoom) so that the interval `[start, end]` is in the window, centring it, but
 * never past `bounds`. Nothing changes when it is already in view.
 */
export function revealInterval(
  state: TimelineState,
  payload: {
    start: number;
    end: number;
    fallback: { start: number; end: number };
    bounds: readonly [number, number];
  },
): TimelineState {
  const v = state.view ?? payload.fallback;
  if (payload.start >= v.start && payload.end <= v.end) return state;
  const span = v.end - v.start;
  const mid = (payload.start + payload.end) / 2;
  return setView(state, clampWindow({ start: mid - span / 2, end: mid + span / 2 }, payload.bounds));
}
