import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { TallySeries } from '../layout/tallySeries.ts';

/** Line colours by source, in order; distinct in both themes. */
export const TALLY_COLOURS = [
  '#0a63d6',
  '#c62828',
  '#2f8a3e',
  '#b58b00',
  '#a3458f',
  '#1f8f89',
  '#e8790c',
  '#57606a',
];

/** Sizes of the tally band's plot. */
export interface TallyDims {
  readonly width: number;
  readonly height: number;
  /** Largest value on the y axis, fixed for the chronology so zooming does not rescale it. */
  readonly max: number;
}

function compact(v: number): string {
  if (v >= 1e6) return `${+(v / 1e6).toFixed(1)}m`;
  if (v >= 1e4) return `${Math.round(v / 1e3)}k`;
  return v.toLocaleString('en');
}

/**
 * Draws the reported running totals as one line per source (steps between reports would claim a
 * precision the reports do not have, so points are joined straight), with a dot per report
 * (its sentence as tooltip) and a light y scale.
 */
export function drawTallyMarks(
  svg: SVGSVGElement,
  series: readonly TallySeries[],
  x: (t: number) => number,
  dims: TallyDims,
): void {
  const top = 14;
  const bottom = 4;
  const y = scaleLinear()
    .domain([0, dims.max || 1])
    .range([dims.height - bottom, top])
    .nice(3);
  const root = select(svg).attr('width', dims.width).attr('height', dims.height);
  root
    .selectAll<SVGGElement, number>('g.cs-tally-grid')
    .data(y.ticks(3).filter((v) => v > 0))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cs-tally-grid');
      g.append('line');
      g.append('text');
      return g;
    })
    .call((g) =>
      g
        .select('line')
        .attr('x1', 0)
        .attr('x2', dims.width)
        .attr('y1', (v) => Math.round(y(v)) + 0.5)
        .attr('y2', (v) => Math.round(y(v)) + 0.5),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', 4)
        .attr('y', (v) => y(v) - 2)
        .text((v) => compact(v)),
    );
  root
    .selectAll<SVGGElement, TallySeries>('g.cs-tally-series')
    .data(series, (s) => s.source)
    .join('g')
    .attr('class', 'cs-tally-series')
    .attr('data-source', (s) => s.source)
    .attr('data-points', (s) => String(s.points.length))
    .attr('stroke', (_, i) => TALLY_COLOURS[i % TALLY_COLOURS.length]!)
    .attr('fill', (_, i) => TALLY_COLOURS[i % TALLY_COLOURS.length]!)
    .each(function (s) {
      const g = select(this);
      const d = s.points
        .map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`)
        .join('');
      g.selectAll('path.cs-tally-line')
        .data([d])
        .join('path')
        .attr('class', 'cs-tally-line')
        .attr('fill', 'none')
        .attr('d', (v) => v);
      g.selectAll<SVGCircleElement, (typeof s.points)[number]>('circle.cs-tally-dot')
        .data(s.points)
        .join((enter) =>
          enter
            .append('circle')
            .attr('class', 'cs-tally-dot')
            .call((c) => c.append('title')),
        )
        .attr('cx', (p) => x(p.t))
        .attr('cy', (p) => y(p.value))
        .attr('r', 2.5)
        .call((c) =>
          c
            .select('title')
            .text(
              (p) =>
                `${s.source}, ${new Date(p.t).toISOString().slice(0, 10)}: ${compact(p.value)} — ${p.text}`,
            ),
        );
    });
}
