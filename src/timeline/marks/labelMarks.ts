import { shownTitle } from '../../model/shownTitle.ts';
import type { EventIndex } from '../layout/eventIndex.ts';
import type { Frame } from '../layout/frameLayout.ts';
import type { Palette } from './palette.ts';

/** Truncates a title for a label; the full title is in the details and the accessible name. */
export function labelText(title: string, max = 48): string {
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

/** Draws the labels the collision layout kept: inside range pills, right of point marks. */
export function drawLabelMarks(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  index: EventIndex,
  palette: Palette,
): void {
  ctx.font = palette.font;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.fg;
  // A halo in the background colour keeps text legible over gridlines, bars and pills.
  ctx.strokeStyle = palette.bg;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  for (const lane of frame.lanes) {
    for (const it of lane.items) {
      if (!it.showLabel) continue;
      const text = fitText(ctx, labelText(shownTitle(index.events[it.p]!)), it.labelWidth);
      if (!it.asRange || it.labelX > it.x1 || it.labelX + it.labelWidth < it.x0)
        ctx.strokeText(text, it.labelX, it.y + 0.5);
      ctx.fillText(text, it.labelX, it.y + 0.5);
    }
  }
}

/** Cuts `text` with an ellipsis so it fits `width` pixels in the context's font. */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width + 0.5) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
