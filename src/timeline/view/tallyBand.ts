import type { Chronology } from '../../model/chronology.ts';
import { mainMeasure, type TallySeries, tallySeries } from '../layout/tallySeries.ts';
import { drawTallyMarks, TALLY_COLOURS } from '../marks/tallyMarks.ts';
import { h } from './dom.ts';

const BAND_HEIGHT = 90;

/** The tally band: reported running totals over time, one line per source, below the plot. */
export interface TallyBand {
  readonly element: HTMLElement;
  /** Redraws for the main plot's window and width. */
  update(domain: readonly [number, number], width: number): void;
}

/**
 * Builds the band for the chronology's tallies (none: null, and nothing is shown). It follows the
 * main plot's time window so a toll lines up with the events around it.
 */
export function createTallyBand(chronology: Chronology): TallyBand | null {
  const tallies = chronology.tallies ?? [];
  const measure = mainMeasure(tallies);
  if (!measure) return null;
  const series: TallySeries[] = tallySeries(tallies, measure).filter((s) => s.points.length > 0);
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'cs-tally-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute(
    'aria-label',
    `Reported ${measure} over time, per source: ${series
      .map((s) => `${s.source} ${s.points.at(-1)?.value.toLocaleString('en') ?? ''}`)
      .join('; ')}`,
  );
  const legend = h(
    'ul',
    { class: 'cs-tally-legend' },
    ...series.map((s, i) =>
      h(
        'li',
        {},
        h('span', {
          class: 'cs-tally-swatch',
          style: `background:${TALLY_COLOURS[i % TALLY_COLOURS.length]}`,
        }),
        s.source,
      ),
    ),
  );
  const element = h(
    'section',
    { class: 'cs-tally-band', 'aria-label': `Running totals: reported ${measure}` },
    h(
      'p',
      { class: 'cs-tally-title' },
      `Reported ${measure} so far, per source (running totals, kept out of the events)`,
    ),
    legend,
    svg,
  );
  return {
    element,
    update(domain, width) {
      const k = width / (domain[1] - domain[0]);
      drawTallyMarks(svg, series, (t) => (t - domain[0]) * k, { width, height: BAND_HEIGHT, max });
    },
  };
}
