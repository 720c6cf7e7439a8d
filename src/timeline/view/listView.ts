import { shownTitle } from '../../model/shownTitle.ts';
import type { EventIndex } from '../layout/eventIndex.ts';
import type { ListSort } from '../state/timelineState.ts';
import { formatWhen } from '../text/formatWhen.ts';
import { h } from './dom.ts';

/** Options of {@link renderListView}. */
export interface ListViewOptions {
  readonly selected: number;
  readonly onSelect: (p: number) => void;
  /** Most rows rendered; the table says how many more are in the window. */
  readonly maxRows?: number;
  /** Row order: by time (the window's order) or most salient first. */
  readonly sort?: ListSort;
  readonly onSort?: (sort: ListSort) => void;
  /** Events in the window when `inView` lists only the key ones (aggregated lanes). */
  readonly total?: number;
}

/** Positions ordered most salient first (key events before the rest), ties by time. */
export function bySalience(index: EventIndex, ps: readonly number[]): number[] {
  const score = (p: number): number => (index.events[p]!.salience ?? 0) + (index.events[p]!.key ? 1 : 0);
  return ps
    .map((p, i) => ({ p, i, s: score(p) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Renders the events of the current window as a table, the textual twin of the timeline:
 * date, title (a button that opens the details), type, places and sources.
 */
export function renderListView(
  container: HTMLElement,
  index: EventIndex,
  inView: readonly number[],
  options: ListViewOptions,
): void {
  const max = options.maxRows ?? 200;
  const sort = options.sort ?? 'time';
  const ordered = sort === 'salience' ? bySalience(index, inView) : inView;
  const rows = ordered.slice(0, max).map((p) => {
    const e = index.events[p]!;
    const open = h('button', { type: 'button', class: 'cs-linklike', 'data-p': p }, shownTitle(e));
    open.addEventListener('click', () => options.onSelect(p));
    return h(
      'tr',
      {
        class: p === options.selected ? 'cs-selected' : undefined,
        'aria-current': p === options.selected ? 'true' : undefined,
      },
      h('td', { class: 'cs-nowrap' }, formatWhen(e)),
      h('td', {}, open),
      h('td', {}, (e.type ?? 'other').replace(/-/g, ' ')),
      h('td', {}, e.places.map((x) => x.name).join(', ')),
      h('td', {}, index.sources[p]!.join(', ')),
      h(
        'td',
        { class: 'cs-nowrap cs-salience' },
        e.salience === undefined ? '' : `${e.salience.toFixed(2)}${e.key ? ' ★' : ''}`,
      ),
    );
  });
  const sortSelect = h(
    'select',
    { class: 'cs-list-sort', id: 'cs-list-sort', 'aria-label': 'Order of the list' },
    h('option', { value: 'time', selected: sort === 'time' ? true : undefined }, 'By date'),
    h('option', { value: 'salience', selected: sort === 'salience' ? true : undefined }, 'By salience'),
  );
  sortSelect.addEventListener('change', () => options.onSort?.(sortSelect.value as ListSort));
  const total = Math.max(options.total ?? 0, inView.length);
  const more = total - rows.length;
  container.replaceChildren(
    h(
      'table',
      { class: 'cs-table' },
      h(
        'caption',
        {},
        `${total} event${total === 1 ? '' : 's'} in view${more > 0 ? ` (first ${rows.length} listed)` : ''} `,
        sortSelect,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Date', 'Event', 'Type', 'Places', 'Sources', 'Salience'].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}
