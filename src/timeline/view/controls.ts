import type { EventIndex } from '../layout/eventIndex.ts';
import type { LaneBy } from '../layout/groupLanes.ts';
import { TYPE_ORDER } from '../marks/palette.ts';
import { facetValues } from '../state/filterEvents.ts';
import type { Filters, TimelineState } from '../state/timelineState.ts';
import { h } from './dom.ts';
import { createFacetMenu } from './facetMenu.ts';

/** What the controls ask the app to do. */
export interface ControlHandlers {
  readonly onQuery: (q: string) => void;
  readonly onFilter: (patch: Partial<Filters>) => void;
  readonly onLaneBy: (by: LaneBy) => void;
  readonly onClear: () => void;
}

type ListFacet = 'types' | 'places' | 'actors' | 'sources' | 'precisions';
const FACETS: readonly [ListFacet, 'type' | 'place' | 'actor' | 'source' | 'precision', string, string][] = [
  ['types', 'type', 'Type', 'types'],
  ['places', 'place', 'Place', 'places'],
  ['actors', 'actor', 'Actor', 'actors'],
  ['sources', 'source', 'Source', 'sources'],
  ['precisions', 'precision', 'Precision', 'precisions'],
];
/** The most frequent values listed in a facet (a chronology can name thousands of actors). */
const MAX_VALUES = 200;
const TYPES: ReadonlySet<string> = new Set(TYPE_ORDER);

/**
 * Builds the search box, multi-select facet menus, date range, lane switch and the live count. Returns an
 * `update` that reflects the state back into the inputs (for permalinks and map selections).
 */
export function createControls(
  container: HTMLElement,
  index: EventIndex,
  handlers: ControlHandlers,
): { update(state: TimelineState, shown: number): void } {
  const search = h('input', {
    type: 'search',
    id: 'cs-search',
    class: 'cs-search',
    placeholder: 'Search events, people, places…',
    'aria-label': 'Search events',
    autocomplete: 'off',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The query last seen in the state: the box is only overwritten when the state changes it
  // (permalink, Clear), never while the user's typing is still debounced.
  let syncedQuery: string | null = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      syncedQuery = search.value;
      handlers.onQuery(search.value);
    }, 120);
  });
  const menus = FACETS.map(([field, key, label, plural]) => {
    const menu = createFacetMenu({
      key,
      label,
      plural,
      values: facetValues(index, key).slice(0, MAX_VALUES),
      display: key === 'type' ? (v) => v.replace(/-/g, ' ') : undefined,
      swatch: key === 'type' ? (v) => (TYPES.has(v) ? `cs-type-${v}` : 'cs-type-other') : undefined,
      onChange: (values) => handlers.onFilter({ [field]: values }),
      onOpen: () => {
        for (const m of menus) if (m.menu !== menu) m.menu.close();
      },
    });
    return { field, menu };
  });
  const dateInput = (label: string, key: 'from' | 'to'): { input: HTMLInputElement; wrap: HTMLElement } => {
    const input = h('input', { type: 'date', id: `cs-${key}` });
    input.addEventListener('change', () => handlers.onFilter({ [key]: input.value || null }));
    return { input, wrap: h('label', { class: 'cs-field', for: `cs-${key}` }, h('span', {}, label), input) };
  };
  const from = dateInput('From', 'from');
  const to = dateInput('To', 'to');
  const lanes = h(
    'select',
    { id: 'cs-lanes' },
    ...(['none', 'place', 'actor', 'type', 'source'] as const).map((v) =>
      h('option', { value: v }, v === 'none' ? 'No lanes' : `By ${v}`),
    ),
  );
  lanes.addEventListener('change', () => handlers.onLaneBy(lanes.value as LaneBy));
  const clear = h('button', { type: 'button', class: 'cs-button' }, 'Clear');
  clear.addEventListener('click', () => {
    search.value = '';
    for (const m of menus) m.menu.close();
    handlers.onClear();
  });
  const count = h('output', { class: 'cs-count', 'aria-live': 'polite', id: 'cs-count' });
  // On a phone the facets fold behind this button (CSS decides when it shows), so the row never scrolls sideways.
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'cs-button cs-filters-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'cs-facets',
    },
    'Filters',
  );
  const facets = h(
    'div',
    { class: 'cs-facets', id: 'cs-facets' },
    ...menus.map((m) => m.menu.element),
    from.wrap,
    to.wrap,
    h('label', { class: 'cs-field', for: 'cs-lanes' }, h('span', {}, 'Lanes'), lanes),
    clear,
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    facets.classList.toggle('cs-facets-open', open);
  });
  // Shown only when the chronology was ranked (the salience stage marks key events).
  const hasKey = index.events.some((e) => e.key);
  const keyToggle = h(
    'button',
    {
      type: 'button',
      id: 'cs-key',
      class: 'cs-button cs-key-toggle',
      'aria-pressed': 'false',
      title: 'Show only the key events: the one an editor would list for each key day',
      hidden: hasKey ? undefined : true,
    },
    'Key events',
  );
  keyToggle.addEventListener('click', () =>
    handlers.onFilter({ keyOnly: keyToggle.getAttribute('aria-pressed') !== 'true' }),
  );
  const searchWrap = h('div', { class: 'cs-search-wrap' }, search, keyToggle, toggle);
  container.append(searchWrap, facets, count);
  return {
    update(state, shown) {
      if (state.query !== syncedQuery) {
        syncedQuery = state.query;
        search.value = state.query;
      }
      for (const m of menus) m.menu.update(state.filters[m.field]);
      from.input.value = state.filters.from ?? '';
      to.input.value = state.filters.to ?? '';
      lanes.value = state.laneBy;
      keyToggle.setAttribute('aria-pressed', String(state.filters.keyOnly));
      const active =
        menus.filter((m) => state.filters[m.field].length > 0).length +
        (state.filters.from ? 1 : 0) +
        (state.filters.to ? 1 : 0) +
        (state.laneBy !== 'none' ? 1 : 0);
      toggle.textContent = active ? `Filters (${active})` : 'Filters';
      const total = index.events.length;
      count.textContent = shown === total ? `${total} events` : `${shown} of ${total} events shown`;
    },
  };
}
