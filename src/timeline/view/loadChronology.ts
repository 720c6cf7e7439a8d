import type { Chronology } from '../../model/chronology.ts';
import { salvageChronology, validateChronology } from '../../model/validateChronology.ts';
import type { IndexColumns } from '../layout/eventIndex.ts';
import { h } from './dom.ts';

/** Problems with a file that still opened: what was left out and why. */
export interface LoadNotice {
  readonly title: string;
  readonly errors: readonly string[];
}

/** The outcome of loading a chronology: the data (with a notice when parts were left out), or messages that say what is wrong. */
export type LoadResult =
  | {
      ok: true;
      chronology: Chronology;
      notice?: LoadNotice;
      /** What a columnar source already knows (intervals, sources), so indexing skips it. */
      columns?: IndexColumns;
    }
  | { ok: false; title: string; errors: string[] };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Parses and validates chronology JSON text; errors name the bad field path. A file whose top
 * level is sound but some events or articles are not opens with its valid ones and a notice
 * counting the rest.
 */
export function parseChronologyText(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, title: 'This file is not valid JSON', errors: [(e as Error).message] };
  }
  const r = validateChronology(data);
  if (r.ok) return r;
  const salvage = salvageChronology(data);
  if (!salvage || salvage.chronology.events.length === 0)
    return { ok: false, title: 'This file is not a valid chronology', errors: r.errors };
  const { dropped, total } = salvage;
  const parts = [
    dropped.events ? `${dropped.events} of ${plural(total.events, 'event')}` : '',
    dropped.articles ? `${dropped.articles} of ${plural(total.articles, 'article')}` : '',
    dropped.errors ? plural(dropped.errors, 'error entry') : '',
  ].filter(Boolean);
  return {
    ok: true,
    chronology: salvage.chronology,
    notice: {
      title: `${parts.join(', ')} failed the schema and are not shown`,
      errors: [...salvage.messages],
    },
  };
}

/** Fetches and validates a chronology; network and HTTP errors become messages too. */
export async function loadChronology(url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { ok: false, title: `Could not fetch ${url}`, errors: [(e as Error).message] };
  }
  if (!response.ok) {
    const hint =
      response.status === 404 && /chronology\.json$/.test(url)
        ? [
            'Run `npm run extract` to build public/chronology.json from data/articles, or open another file with ?data=URL.',
          ]
        : [];
    return {
      ok: false,
      title: `Could not load ${url}`,
      errors: [`HTTP ${response.status} ${response.statusText}`.trim(), ...hint],
    };
  }
  return parseChronologyText(await response.text());
}

/** A collapsible notice above the explorer naming what a partly valid file lost. */
export function renderLoadNotice(after: Element, notice: LoadNotice): HTMLElement {
  const panel = h(
    'details',
    { class: 'cs-error cs-notice', role: 'status' },
    h('summary', {}, notice.title),
    h('ul', {}, ...notice.errors.map((m) => h('li', {}, h('code', {}, m)))),
  );
  after.after(panel);
  return panel;
}

/** Shows load errors as an alert, so the page is never blank. */
export function renderLoadError(
  container: HTMLElement,
  result: { title: string; errors: readonly string[] },
): void {
  container.replaceChildren(
    h(
      'div',
      { class: 'cs-error', role: 'alert' },
      h('h2', {}, result.title),
      h('ul', {}, ...result.errors.map((m) => h('li', {}, h('code', {}, m)))),
      h('p', {}, 'Drop a chronology JSON, CSV or TimelineJS file on this page, or load one with ?data=URL.'),
    ),
  );
}
