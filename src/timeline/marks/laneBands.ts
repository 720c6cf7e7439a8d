import type { Frame } from '../layout/frameLayout.ts';
import type { Palette } from './palette.ts';

/** Draws alternating lane backgrounds and separators, so rows of different lanes never blur. */
export function drawLaneBands(ctx: CanvasRenderingContext2D, frame: Frame, palette: Palette): void {
  frame.lanes.forEach((lane, i) => {
    if (i % 2 === 1 || lane.vague) {
      ctx.fillStyle = palette.laneAlt;
      ctx.fillRect(0, lane.y, frame.width, lane.height);
    }
    ctx.fillStyle = palette.grid;
    ctx.fillRect(0, lane.y + lane.height - 1, frame.width, 1);
  });
}
