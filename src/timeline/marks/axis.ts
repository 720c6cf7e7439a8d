import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import type { BaseType, Selection } from 'd3-selection';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

const fmtMinute = utcFormat('%H:%M');
const fmtDay = utcFormat('%-d %b');
const fmtMonth = utcFormat('%b');
const fmtYear = utcFormat('%Y');

/** Tick labels in the reading order of news dates: "10 Apr", month names, years at year starts. */
export function tickFormat(d: Date): string {
  if (utcMinute(d) < d || utcHour(d) < d || utcDay(d) < d) return fmtMinute(d);
  if (utcMonth(d) < d) return fmtDay(d);
  if (utcYear(d) < d) return fmtMonth(d);
  return fmtYear(d);
}

/** Draws the time axis at the top of the plot with light gridlines down through the lanes. */
export function drawAxis<P extends BaseType>(
  g: Selection<SVGGElement, unknown, P, unknown>,
  x: ScaleTime<number, number>,
  dims: { width: number; height: number; top: number },
): void {
  const ticks = Math.max(2, Math.floor(dims.width / 110));
  g.attr('transform', `translate(0,${dims.top - 1})`)
    .call(
      axisTop(x)
        .ticks(ticks)
        .tickFormat((d) => tickFormat(d as Date))
        .tickSizeOuter(0)
        .tickSizeInner(-(dims.height - dims.top))
        .tickPadding(8),
    )
    .call((s) => s.select('.domain').remove())
    .call((s) => s.selectAll('.tick line').attr('class', 'cs-grid'));
}
