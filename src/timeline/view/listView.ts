import type { EventIndex } from '../layout/eventIndex.ts';
import { formatWhen } from '../text/formatWhen.ts';
import { h } from './dom.ts';

/** Options of {@link renderListView}. */
export interface ListViewOptions {
  readonly selected: number;
  readonly onSelect: (p: number) => void;
  /** Most rows rendered; the table says how many more are in the window. */
  readonly maxRows?: number;
  /** Events in the window when `inView` lists only the key ones (aggregated lanes). */
  readonly total?: number;
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
  const rows = inView.slice(0, max).map((p) => {
    const e = index.events[p]!;
    const open = h('button', { type: 'button', class: 'cs-linklike', 'data-p': p }, e.title);
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
    );
  });
  const total = Math.max(options.total ?? 0, inView.length);
  const more = total - rows.length;
  container.replaceChildren(
    h(
      'table',
      { class: 'cs-table' },
      h(
        'caption',
        {},
        `${total} event${total === 1 ? '' : 's'} in view${more > 0 ? ` (first ${rows.length} listed)` : ''}`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Date', 'Event', 'Type', 'Places', 'Sources'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}
