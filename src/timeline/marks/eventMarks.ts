import type { EventIndex } from '../layout/eventIndex.ts';
import type { Frame } from '../layout/frameLayout.ts';
import { type Palette, typeColor } from './palette.ts';

const R = 5;

/**
 * Draws point events as dots coloured by type (reports as hollow dots, overflowing events as
 * ticks on the lane floor) and rings the selected event.
 */
export function drawEventMarks(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  index: EventIndex,
  palette: Palette,
  selected: number,
): void {
  for (const lane of frame.lanes) {
    for (const it of lane.items) {
      const e = index.events[it.p]!;
      const color = typeColor(palette, e.type);
      const cx = (it.x0 + it.x1) / 2;
      if (it.overflow) {
        ctx.fillStyle = color;
        ctx.fillRect(Math.round(cx) - 1, it.y - 6, 2, 6);
        continue;
      }
      if (it.asRange) continue;
      ctx.beginPath();
      ctx.arc(cx, it.y, R, 0, Math.PI * 2);
      if (e.isReport || e.status === 'planned') {
        // Reports are hollow; plans (not yet happened at publication) are hollow and dashed.
        ctx.fillStyle = palette.bg;
        ctx.fill();
        ctx.strokeStyle = color;
        ctx.lineWidth = 2;
        if (e.status === 'planned') ctx.setLineDash([...palette.planned.dash]);
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = color;
        ctx.fill();
      }
    }
  }
  if (selected >= 0) {
    for (const lane of frame.lanes) {
      for (const it of lane.items) {
        if (it.p !== selected) continue;
        ctx.strokeStyle = palette.accent;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        if (it.asRange) ctx.roundRect(it.x0 - 3, it.y - 11, it.x1 - it.x0 + 6, 22, 6);
        else ctx.arc((it.x0 + it.x1) / 2, it.y, R + 4, 0, Math.PI * 2);
        ctx.stroke();
      }
    }
  }
}
