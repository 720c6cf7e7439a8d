import type { EventIndex } from '../layout/eventIndex.ts';
import type { Frame } from '../layout/frameLayout.ts';
import type { Palette } from './palette.ts';

/** Truncates a title for a label; the full title is in the details and the accessible name. */
export function labelText(title: string, max = 48): string {
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

/** Draws the labels the collision layout kept: inside range pills, right of point marks. */
export function drawLabelMarks(ctx: CanvasRenderingContext2D, frame: Frame, index: EventIndex, palette: Palette): void {
  ctx.font = palette.font;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.fg;
  for (const lane of frame.lanes) {
    for (const it of lane.items) {
      if (!it.showLabel) continue;
      const text = labelText(index.events[it.p]!.title);
      ctx.fillText(text, it.labelX, it.y + 0.5);
    }
  }
}
