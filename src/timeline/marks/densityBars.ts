import type { Frame } from '../layout/frameLayout.ts';
import type { Palette } from './palette.ts';

/**
 * Draws per-period counts as bars along each zoomed-out lane, with fatalities as a darker
 * inner bar, scaled to the busiest visible period of the lane.
 */
export function drawDensityBars(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  x: (t: number) => number,
  palette: Palette,
): void {
  for (const lane of frame.lanes) {
    if (lane.bins.length === 0) continue;
    let maxCount = 1;
    let maxFatal = 1;
    for (const b of lane.bins) {
      if (b.count > maxCount) maxCount = b.count;
      if (b.fatalities > maxFatal) maxFatal = b.fatalities;
    }
    const floor = lane.y + lane.height - 2;
    const room = lane.height - 8;
    ctx.globalAlpha = 0.45;
    ctx.fillStyle = palette.density;
    for (const b of lane.bins) {
      const x0 = x(b.x0);
      const w = Math.max(1, x(b.x1) - x0 - 1);
      const h = Math.max(1, (b.count / maxCount) * room);
      ctx.fillRect(x0, floor - h, w, h);
    }
    ctx.globalAlpha = 0.55;
    ctx.fillStyle = palette.fatal;
    for (const b of lane.bins) {
      if (b.fatalities <= 0) continue;
      const x0 = x(b.x0);
      const w = Math.max(1, (x(b.x1) - x0 - 1) / 3);
      const h = Math.max(1, (b.fatalities / maxFatal) * room * 0.5);
      ctx.fillRect(x0 + w, floor - h, w, h);
    }
    ctx.globalAlpha = 1;
  }
}
