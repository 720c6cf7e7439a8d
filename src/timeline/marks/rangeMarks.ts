import type { EventIndex } from '../layout/eventIndex.ts';
import { isOnOrBefore } from '../layout/eventTime.ts';
import type { Frame } from '../layout/frameLayout.ts';
import { type Palette, type PlannedLook, typeColor } from './palette.ts';

const HEIGHT = 16;

/**
 * Draws events wider than a few pixels as pills. "On or before" events fade toward their
 * (earliest plausible) start; vague events get a dashed outline; planned events (ahead at
 * publication) are hatched with a finer dashed outline, as planned dots are dashed rings.
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
      if (e.status === 'planned') {
        drawPlanned(ctx, it.x0, top, w, color, palette.planned);
        continue;
      }
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

/** A planned pill: faint fill, diagonal hatching clipped to the pill, dashed outline, no solid cap. */
function drawPlanned(
  ctx: CanvasRenderingContext2D,
  x0: number,
  top: number,
  w: number,
  color: string,
  look: PlannedLook,
): void {
  ctx.beginPath();
  ctx.roundRect(x0, top, w, HEIGHT, 4);
  ctx.fillStyle = color;
  ctx.globalAlpha = look.fillOpacity;
  ctx.fill();
  if (look.hatchGap > 0) {
    ctx.save();
    ctx.clip();
    ctx.globalAlpha = look.hatchOpacity;
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    ctx.beginPath();
    // Lines at 45°; the first starts left of the pill so its left edge is hatched too.
    for (let x = x0 - HEIGHT; x < x0 + w; x += look.hatchGap) {
      ctx.moveTo(x, top + HEIGHT);
      ctx.lineTo(x + HEIGHT, top);
    }
    ctx.stroke();
    ctx.restore();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.25;
  ctx.setLineDash([...look.dash]);
  ctx.beginPath();
  ctx.roundRect(x0, top, w, HEIGHT, 4);
  ctx.stroke();
  ctx.setLineDash([]);
}

function transparent(color: string): string {
  if (color.startsWith('#') && color.length === 7) return `${color}00`;
  return 'rgba(0,0,0,0)';
}
