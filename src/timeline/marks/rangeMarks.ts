import type { EventIndex } from '../layout/eventIndex.ts';
import { isOnOrBefore } from '../layout/eventTime.ts';
import type { Frame } from '../layout/frameLayout.ts';
import { type Palette, typeColor } from './palette.ts';

const HEIGHT = 16;

/**
 * Draws events wider than a few pixels as pills. "On or before" events fade toward their
 * (earliest plausible) start; vague events get a dashed outline.
 */
export function drawRangeMarks(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  index: EventIndex,
  palette: Palette,
): void {
  for (const lane of frame.lanes) {
    for (const it of lane.items) {
      if (!it.asRange || it.overflow) continue;
      const e = index.events[it.p]!;
      const color = typeColor(palette, e.type);
      const w = it.x1 - it.x0;
      const top = it.y - HEIGHT / 2;
      const fades = isOnOrBefore(e);
      if (fades) {
        const g = ctx.createLinearGradient(it.x0, 0, it.x1, 0);
        g.addColorStop(0, transparent(color));
        g.addColorStop(1, color);
        ctx.fillStyle = g;
        ctx.globalAlpha = 0.45;
      } else {
        ctx.fillStyle = color;
        // Coarse spans are context, not news: the wider, the fainter.
        ctx.globalAlpha = w > 300 ? 0.1 : 0.2;
      }
      ctx.beginPath();
      ctx.roundRect(it.x0, top, w, HEIGHT, 4);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.25;
      if (lane.vague) {
        ctx.setLineDash([4, 3]);
        ctx.stroke();
        ctx.setLineDash([]);
      } else if (!fades) {
        ctx.stroke();
      }
      // A solid cap marks the bound that is known: the end for "on or before", the start otherwise.
      ctx.fillStyle = color;
      ctx.fillRect(fades ? it.x1 - 3 : it.x0, top, 3, HEIGHT);
    }
  }
}

function transparent(color: string): string {
  if (color.startsWith('#') && color.length === 7) return `${color}00`;
  return 'rgba(0,0,0,0)';
}
