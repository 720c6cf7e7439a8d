import { type BrushBehavior, brushX } from 'd3-brush';
import { select } from 'd3-selection';

/** An x-brush on an overview; user brushing reports a pixel range, `move` does not echo back. */
export interface OverviewBrush {
  resize(width: number, height: number): void;
  move(range: readonly [number, number] | null): void;
}

/** Creates the brush in `g`; `onBrush` receives the brushed pixel range, only for user gestures. */
export function createOverviewBrush(
  g: SVGGElement,
  onBrush: (range: [number, number] | null) => void,
): OverviewBrush {
  const sel = select(g);
  let moving = false;
  const behavior: BrushBehavior<unknown> = brushX<unknown>().on(
    'brush end',
    (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
      if (moving || !event.sourceEvent) return;
      onBrush(event.selection);
    },
  );
  sel.call(behavior);
  return {
    resize(width, height) {
      behavior.extent([
        [0, 0],
        [width, height],
      ]);
      sel.call(behavior);
    },
    move(range) {
      moving = true;
      try {
        behavior.move(sel, range ? [range[0], range[1]] : null);
      } finally {
        moving = false;
      }
    },
  };
}
