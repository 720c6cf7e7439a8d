import type { EventIndex } from '../layout/eventIndex.ts';
import type { Frame, FrameItem } from '../layout/frameLayout.ts';
import { accessibleName } from '../text/formatWhen.ts';

/** Options of {@link updateA11yLayer}. */
export interface A11yLayerOptions {
  /** Event that holds the roving tab stop (-1: the first one). */
  readonly focused: number;
  readonly selected: number;
  /** Most buttons kept in the DOM; the most important events win, the focused one always stays. */
  readonly cap: number;
}

/**
 * Keeps one focusable button per event drawn in the window, laid over its canvas mark, in
 * chronological DOM order. Buttons are reused by event so focus survives re-renders.
 */
export function updateA11yLayer(
  layer: HTMLElement,
  frame: Frame,
  index: EventIndex,
  options: A11yLayerOptions,
): number[] {
  const first = new Map<number, FrameItem>();
  for (const lane of frame.lanes) for (const it of lane.items) if (!first.has(it.p)) first.set(it.p, it);
  let shown = [...first.keys()];
  if (shown.length > options.cap) {
    shown.sort((a, b) => index.importance[b]! - index.importance[a]! || a - b);
    shown = shown.slice(0, options.cap);
    if (options.focused >= 0 && first.has(options.focused) && !shown.includes(options.focused))
      shown[shown.length - 1] = options.focused;
  }
  shown.sort((a, b) => index.start[a]! - index.start[b]! || a - b);
  const existing = new Map<number, HTMLButtonElement>();
  for (const el of Array.from(layer.children) as HTMLButtonElement[]) existing.set(Number(el.dataset.p), el);
  const tabStop = shown.includes(options.focused)
    ? options.focused
    : shown.includes(options.selected)
      ? options.selected
      : shown[0];
  const buttons: HTMLButtonElement[] = [];
  for (const p of shown) {
    const it = first.get(p)!;
    let b = existing.get(p);
    if (b) existing.delete(p);
    else {
      b = document.createElement('button');
      b.type = 'button';
      b.className = 'cs-mark';
      b.dataset.p = String(p);
      b.dataset.id = index.events[p]!.id;
      b.setAttribute('aria-label', accessibleName(index.events[p]!));
      // Unlabelled marks still tell mouse users what they are.
      b.title = accessibleName(index.events[p]!);
    }
    const left = Math.min(it.left, (it.x0 + it.x1) / 2 - 8);
    const width = Math.max(16, it.right - left);
    const height = it.overflow ? 10 : 20;
    b.style.transform = `translate(${Math.round(left)}px,${Math.round(it.y - height / 2)}px)`;
    b.style.width = `${Math.round(width)}px`;
    b.style.height = `${height}px`;
    b.tabIndex = p === tabStop ? 0 : -1;
    b.setAttribute('aria-pressed', String(p === options.selected));
    buttons.push(b);
  }
  for (const b of existing.values()) if (b !== document.activeElement) b.remove();
  // Reorder only when needed: moving a focused node would blur it.
  let prev: Element | null = null;
  for (const b of buttons) {
    const expected: Element | null = prev ? prev.nextElementSibling : layer.firstElementChild;
    if (expected !== b) {
      if (prev) prev.after(b);
      else layer.prepend(b);
    }
    prev = b;
  }
  // A focused button whose event left the window stays (hidden) until focus moves on.
  for (const b of Array.from(layer.children) as HTMLButtonElement[]) {
    if (!buttons.includes(b)) b.hidden = true;
    else b.hidden = false;
  }
  layer.setAttribute('aria-label', `Events in view (${shown.length} of ${frame.inViewCount})`);
  return shown;
}
