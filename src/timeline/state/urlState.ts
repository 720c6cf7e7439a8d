import type { LaneBy } from '../layout/groupLanes.ts';
import {
  EMPTY_FILTERS,
  type Filters,
  INITIAL_STATE,
  type Theme,
  type TimelineState,
} from './timelineState.ts';

const LANES: readonly LaneBy[] = ['none', 'place', 'actor', 'type', 'source'];
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const LIST_KEYS = {
  types: 'type',
  places: 'place',
  actors: 'actor',
  sources: 'source',
  precisions: 'precision',
} as const;
/** Parameters this module owns; others (`data`, `synthetic`) are left alone. */
export const STATE_PARAMS = [
  'from',
  'to',
  'lanes',
  'q',
  'type',
  'place',
  'actor',
  'source',
  'precision',
  'after',
  'before',
  'event',
  'theme',
  'key',
  'sort',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoOf(ms: number): string {
  // Whole minutes keep permalinks short; sub-minute precision is invisible in the view.
  return new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(/:00\.000Z$/, 'Z');
}

/** Writes the state into URL parameters, keeping unrelated ones, omitting defaults. */
export function stateToParams(state: TimelineState, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of STATE_PARAMS) p.delete(k);
  if (state.view) {
    p.set('from', isoOf(state.view.start));
    p.set('to', isoOf(state.view.end));
  }
  if (state.laneBy !== 'none') p.set('lanes', state.laneBy);
  if (state.query) p.set('q', state.query);
  for (const [field, key] of Object.entries(LIST_KEYS)) {
    for (const v of state.filters[field as keyof typeof LIST_KEYS]) p.append(key, v);
  }
  if (state.filters.from) p.set('after', state.filters.from);
  if (state.filters.to) p.set('before', state.filters.to);
  if (state.selectedId) p.set('event', state.selectedId);
  if (state.theme !== 'auto') p.set('theme', state.theme);
  if (state.filters.keyOnly) p.set('key', '1');
  if (state.listSort !== 'time') p.set('sort', state.listSort);
  return p;
}

/** Reads a state from URL parameters; anything malformed falls back to the default. */
export function paramsToState(params: URLSearchParams): TimelineState {
  const from = Date.parse(params.get('from') ?? '');
  const to = Date.parse(params.get('to') ?? '');
  const view = Number.isFinite(from) && Number.isFinite(to) && to > from ? { start: from, end: to } : null;
  const lanes = params.get('lanes') as LaneBy | null;
  const theme = params.get('theme') as Theme | null;
  const filters: Filters = {
    ...EMPTY_FILTERS,
    types: params.getAll('type'),
    places: params.getAll('place'),
    actors: params.getAll('actor'),
    sources: params.getAll('source'),
    precisions: params.getAll('precision'),
    from: ISO_DATE.test(params.get('after') ?? '') ? params.get('after') : null,
    to: ISO_DATE.test(params.get('before') ?? '') ? params.get('before') : null,
    keyOnly: params.get('key') === '1',
  };
  return {
    ...INITIAL_STATE,
    view,
    laneBy: lanes && LANES.includes(lanes) ? lanes : 'none',
    query: params.get('q') ?? '',
    filters,
    selectedId: params.get('event') || null,
    theme: theme && THEMES.includes(theme) ? theme : 'auto',
    listSort: params.get('sort') === 'salience' ? 'salience' : 'time',
  };
}
