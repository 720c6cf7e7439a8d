import type { LaneBy } from '../layout/groupLanes.ts';

/** Facet filters; an empty list means "any". Dates are inclusive `YYYY-MM-DD` bounds. */
export interface Filters {
  readonly types: readonly string[];
  readonly places: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly string[];
  readonly precisions: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  /** Only the key events (the salience stage's `key`), the way an editor's timeline lists them. */
  readonly keyOnly: boolean;
}

/** Order of the list view: by time, or most salient first. */
export type ListSort = 'time' | 'salience';

/** Colour scheme choice; `auto` follows `prefers-color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark';

/** Everything the explorer shows besides the data. Plain, read-only, serializable to a URL. */
export interface TimelineState {
  /** Visible time window (UTC ms, half-open), or null to fit all events. */
  readonly view: { readonly start: number; readonly end: number } | null;
  readonly laneBy: LaneBy;
  /** Full-text search; every word must match. */
  readonly query: string;
  readonly filters: Filters;
  /** Event whose details are open. */
  readonly selectedId: string | null;
  readonly theme: Theme;
  readonly listSort: ListSort;
}

/** No filters. */
export const EMPTY_FILTERS: Filters = {
  types: [],
  places: [],
  actors: [],
  sources: [],
  precisions: [],
  from: null,
  to: null,
  keyOnly: false,
};

/** The state of a freshly opened explorer. */
export const INITIAL_STATE: TimelineState = {
  view: null,
  laneBy: 'none',
  query: '',
  filters: EMPTY_FILTERS,
  selectedId: null,
  theme: 'auto',
  listSort: 'time',
};
