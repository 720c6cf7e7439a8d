import { toEventsCsv } from '../../chronology/formats/eventsCsv.ts';
import { toTimelineJs } from '../../chronology/formats/timelineJs.ts';
import type { Chronology, ChronologyEvent } from '../../model/chronology.ts';
import { h } from './dom.ts';
import { download } from './download.ts';
import { exportPng, exportSvg } from './exportImage.ts';

/** What the export menu needs from the explorer at the moment of exporting. */
export interface ExportSource {
  readonly chronology: Chronology;
  /** The events passing the current search and filters. */
  filteredEvents(): readonly ChronologyEvent[];
  readonly svg: SVGSVGElement;
  readonly canvases: readonly HTMLCanvasElement[];
  /** HTML laid over the plot (lane labels) whose text the images must show too. */
  readonly overlays?: readonly HTMLElement[];
}

/** The filtered events as a chronology, keeping only the articles they cite. */
export function filteredChronology(chronology: Chronology, events: readonly ChronologyEvent[]): Chronology {
  const used = new Set(events.flatMap((e) => e.mentions.map((m) => m.article)));
  return { version: 1, articles: chronology.articles.filter((a) => used.has(a.id)), events: [...events] };
}

/** Builds the Export menu (PNG, SVG, CSV, chronology JSON, TimelineJS JSON) in `container`. */
export function createExportMenu(
  container: HTMLElement,
  source: ExportSource,
  onStatus: (message: string) => void,
): void {
  const item = (label: string, run: () => Promise<void> | void): HTMLElement => {
    const b = h('button', { type: 'button', class: 'cs-menu-item' }, label);
    b.addEventListener('click', async () => {
      menu.open = false;
      try {
        await run();
        onStatus(`Exported ${label}.`);
      } catch (e) {
        onStatus(`Export failed: ${(e as Error).message}`);
      }
    });
    return h('li', {}, b);
  };
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  const menu = h(
    'details',
    { class: 'cs-menu' },
    h('summary', {}, 'Export'),
    h(
      'ul',
      { class: 'cs-menu-list' },
      item('PNG image', async () =>
        download(await exportPng(source.svg, source.canvases, 2, source.overlays), 'chronology.png'),
      ),
      item('SVG image', () =>
        download(exportSvg(source.svg, source.canvases, source.overlays), 'chronology.svg', 'image/svg+xml'),
      ),
      item('CSV (filtered events)', () =>
        download(toEventsCsv(source.chronology, source.filteredEvents()), 'events.csv', 'text/csv'),
      ),
      item('JSON (filtered, with sources)', () =>
        download(
          json(filteredChronology(source.chronology, source.filteredEvents())),
          'chronology.json',
          'application/json',
        ),
      ),
      item('TimelineJS JSON', () =>
        download(
          json(toTimelineJs(source.chronology, source.filteredEvents())),
          'timelinejs.json',
          'application/json',
        ),
      ),
    ),
  );
  container.append(menu);
}
