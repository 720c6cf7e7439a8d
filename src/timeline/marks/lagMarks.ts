import type { EventIndex } from '../layout/eventIndex.ts';
import type { Frame } from '../layout/frameLayout.ts';
import type { Palette } from './palette.ts';

/**
 * Draws the reporting lag: a thin dotted line from the event's end to a small tick at the date
 * it was first reported. Only for events reported at least a day later.
 */
export function drawLagMarks(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  index: EventIndex,
  x: (t: number) => number,
  palette: Palette,
): void {
  ctx.strokeStyle = palette.muted;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  const ticks: [number, number][] = [];
  for (const lane of frame.lanes) {
    for (const it of lane.items) {
      if (it.overflow) continue;
      const rx = x(index.reported[it.p]!) + 0.5;
      const from = it.asRange ? it.x1 : (it.x0 + it.x1) / 2 + 5;
      if (index.reported[it.p]! < index.end[it.p]! || rx - from < 6) continue;
      const y = Math.round(it.y + 7) + 0.5;
      ctx.moveTo(from, y);
      ctx.lineTo(rx, y);
      ticks.push([rx, y]);
    }
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const [tx, ty] of ticks) {
    ctx.moveTo(tx, ty - 4);
    ctx.lineTo(tx, ty + 1);
  }
  ctx.stroke();
}
