import { h } from './dom.ts';

/** Lists longer than this get a box to find a value by name. */
const FIND_THRESHOLD = 10;

/** Options of {@link createFacetMenu}. */
export interface FacetMenuOptions {
  /** Short key used in ids, e.g. `type` gives the button `#cs-facet-type`. */
  readonly key: string;
  /** Caption shown above the button, e.g. "Type". */
  readonly label: string;
  /** Plural for the "All …" choice, e.g. "types". */
  readonly plural: string;
  /** Values with their event counts, most frequent first. */
  readonly values: readonly (readonly [string, number])[];
  /** How a value is written (e.g. `violence-against-civilians` → `violence against civilians`). */
  readonly display?: (value: string) => string;
  /** Class of a colour swatch drawn before a value, if any. */
  readonly swatch?: (value: string) => string | null;
  /** Called with the picked values (empty: any) whenever a box is ticked. */
  readonly onChange: (values: string[]) => void;
  /** Called when this menu opens, so the others can close. */
  readonly onOpen?: () => void;
}

/** A multi-select facet: its root element, a way to reflect the state into it, and closing. */
export interface FacetMenu {
  readonly element: HTMLElement;
  update(selected: readonly string[]): void;
  close(returnFocus?: boolean): void;
}

/**
 * Builds a facet as a disclosure button (caption, count of picked values, summary) that opens a
 * checkbox list with an "All" choice. Keyboard: ↓ on the button opens the list at the first picked
 * value, ↑/↓/Home/End move between boxes, Space ticks, Esc closes and returns to the button; the
 * list also closes when focus or a click leaves it. Ticking a box calls `onChange` at once, so the
 * live count follows every tick.
 */
export function createFacetMenu(options: FacetMenuOptions): FacetMenu {
  const { key, label, plural } = options;
  const display = options.display ?? ((v: string) => v);
  const panelId = `cs-facet-${key}-panel`;
  const count = h('span', { class: 'cs-facet-count', hidden: true });
  const summary = h('span', { class: 'cs-facet-summary' }, 'All');
  const button = h(
    'button',
    {
      type: 'button',
      id: `cs-facet-${key}`,
      class: 'cs-button cs-facet-button',
      'aria-expanded': 'false',
      'aria-controls': panelId,
    },
    count,
    summary,
  );
  const all = h('input', { type: 'checkbox', class: 'cs-facet-all' });
  const list = h('ul', { class: 'cs-facet-options' });
  const boxes = new Map<string, HTMLInputElement>();
  const addValue = (value: string, n?: number): HTMLInputElement => {
    const box = h('input', { type: 'checkbox', value });
    const cls = options.swatch?.(value);
    list.append(
      h(
        'li',
        { 'data-value': `${value} ${display(value)}`.toLowerCase() },
        h(
          'label',
          {},
          box,
          cls ? h('span', { class: `cs-swatch ${cls}`, 'aria-hidden': 'true' }) : null,
          h('span', { class: 'cs-facet-name' }, display(value)),
          n === undefined ? null : h('span', { class: 'cs-facet-n' }, `(${n})`),
        ),
      ),
    );
    boxes.set(value, box);
    return box;
  };
  list.append(h('li', { class: 'cs-facet-all-item' }, h('label', {}, all, `All ${plural}`)));
  for (const [v, n] of options.values) addValue(v, n);
  const find =
    options.values.length > FIND_THRESHOLD
      ? h('input', {
          type: 'search',
          class: 'cs-facet-find',
          placeholder: `Find ${label.toLowerCase()}…`,
          'aria-label': `Find ${label.toLowerCase()} in the list`,
          autocomplete: 'off',
        })
      : null;
  const panel = h(
    'div',
    { class: 'cs-facet-panel', id: panelId, hidden: true },
    h('fieldset', {}, h('legend', { class: 'cs-visually-hidden' }, label), find, list),
  );
  const element = h(
    'div',
    { class: 'cs-field cs-facet', 'data-facet': key },
    h('span', { class: 'cs-field-label', 'aria-hidden': 'true' }, label),
    button,
    panel,
  );

  let selected: readonly string[] = [];
  const isOpen = (): boolean => !panel.hidden;
  const focusable = (): HTMLInputElement[] =>
    [all, ...boxes.values()].filter((b) => !(b.closest('li') as HTMLElement).hidden);

  const onOutside = (event: PointerEvent): void => {
    if (!element.contains(event.target as Node)) close(false);
  };
  function open(): void {
    if (isOpen()) return;
    options.onOpen?.();
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    // Open toward the left when the list would run past the right edge of the window.
    panel.classList.remove('cs-facet-panel-end');
    if (panel.getBoundingClientRect().right > document.documentElement.clientWidth - 4) {
      panel.classList.add('cs-facet-panel-end');
    }
    document.addEventListener('pointerdown', onOutside, true);
  }
  function close(returnFocus = false): void {
    if (!isOpen()) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', onOutside, true);
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close(false) : open()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.stopPropagation();
      close(false);
      return;
    }
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    open();
    (focusable().find((b) => b.checked && b !== all) ?? all).focus();
  });
  panel.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      // Handled here so the explorer does not also close the open event's details.
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    const items = focusable();
    const i = items.indexOf(target as HTMLInputElement);
    let next: HTMLInputElement | undefined;
    if (event.key === 'ArrowDown')
      next = target === find ? items[0] : items[Math.min(items.length - 1, i + 1)];
    else if (event.key === 'ArrowUp') next = i <= 0 ? (find ?? items[0]) : items[i - 1];
    else if ((event.key === 'Home' || event.key === 'End') && target !== find)
      next = event.key === 'Home' ? items[0] : items[items.length - 1];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    next.focus();
  });
  element.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !element.contains(to)) close(false);
  });
  find?.addEventListener('input', () => {
    const q = find.value.trim().toLowerCase();
    for (const li of list.querySelectorAll<HTMLElement>('li[data-value]')) {
      li.hidden = q !== '' && !(li.dataset.value ?? '').includes(q);
    }
  });
  all.addEventListener('change', () => {
    all.checked = true;
    if (selected.length) options.onChange([]);
  });
  list.addEventListener('change', (event) => {
    if (event.target === all) return;
    options.onChange([...boxes].filter(([, b]) => b.checked).map(([v]) => v));
  });

  return {
    element,
    close,
    update(next) {
      selected = next;
      for (const v of next) if (!boxes.has(v)) addValue(v);
      for (const [v, b] of boxes) b.checked = next.includes(v);
      all.checked = next.length === 0;
      const names = next.map(display);
      count.hidden = next.length < 2;
      count.textContent = String(next.length);
      summary.textContent = next.length ? names.join(', ') : 'All';
      button.classList.toggle('cs-facet-active', next.length > 0);
      button.setAttribute(
        'aria-label',
        next.length === 0
          ? `${label}: all ${plural}`
          : `${label}: ${names.join(', ')}${next.length > 1 ? ` (${next.length} selected)` : ''}`,
      );
      button.title = next.length ? names.join(', ') : `All ${plural}`;
    },
  };
}
