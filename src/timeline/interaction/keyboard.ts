/** Share of the plot width one ←/→ press pans (when no event has focus). */
export const KEY_PAN_STEP = 0.2;
/** Factor one +/− press (or button) zooms by. */
export const KEY_ZOOM_STEP = 1.5;

/** What a key press asks the timeline to do. */
export type KeyCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'open'
  | 'close'
  | 'zoomIn'
  | 'zoomOut'
  | 'panLeft'
  | 'panRight';

/**
 * Maps a key to a timeline command. In text fields only Escape counts, so typing "+" in the
 * search box never zooms; on an event mark Enter and Space open it.
 */
export function commandForKey(
  key: string,
  context: { inTextField: boolean; onEvent: boolean },
): KeyCommand | null {
  if (context.inTextField) return key === 'Escape' ? 'close' : null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return context.onEvent ? 'next' : 'panRight';
    case 'ArrowLeft':
    case 'ArrowUp':
      return context.onEvent ? 'previous' : 'panLeft';
    case 'Home':
      return context.onEvent ? 'first' : null;
    case 'End':
      return context.onEvent ? 'last' : null;
    case 'Enter':
    case ' ':
      return context.onEvent ? 'open' : null;
    case 'Escape':
      return 'close';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    default:
      return null;
  }
}

/** The position to move to from `current` in `order` (chronological), clamped at both ends. */
export function moveInOrder(
  order: ArrayLike<number>,
  current: number,
  command: 'next' | 'previous' | 'first' | 'last',
): number {
  if (order.length === 0) return -1;
  if (command === 'first') return order[0]!;
  if (command === 'last') return order[order.length - 1]!;
  let i = -1;
  for (let k = 0; k < order.length; k++) {
    if (order[k] === current) {
      i = k;
      break;
    }
  }
  if (i < 0) return order[0]!;
  const j = command === 'next' ? Math.min(order.length - 1, i + 1) : Math.max(0, i - 1);
  return order[j]!;
}
