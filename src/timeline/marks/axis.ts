import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import type { BaseType, Selection } from 'd3-selection';

/** Draws the time axis at the top of the plot with light gridlines down through the lanes. */
export function drawAxis<P extends BaseType>(
  g: Selection<SVGGElement, unknown, P, unknown>,
  x: ScaleTime<number, number>,
  dims: { width: number; height: number; top: number },
): void {
  const ticks = Math.max(2, Math.floor(dims.width / 110));
  g.attr('transform', `translate(0,${dims.top - 1})`)
    .call(axisTop(x).ticks(ticks).tickSizeOuter(0).tickSizeInner(-(dims.height - dims.top)).tickPadding(8))
    .call((s) => s.select('.domain').remove())
    .call((s) => s.selectAll('.tick line').attr('class', 'cs-grid'));
}
