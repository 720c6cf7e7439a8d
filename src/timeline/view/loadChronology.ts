import type { Chronology } from '../../model/chronology.ts';
import { validateChronology } from '../../model/validateChronology.ts';
import type { IndexColumns } from '../layout/eventIndex.ts';
import { h } from './dom.ts';

/** The outcome of loading a chronology: the data, or messages that say what is wrong. */
export type LoadResult =
  | {
      ok: true;
      chronology: Chronology;
      /** What a columnar source already knows (intervals, sources), so indexing skips it. */
      columns?: IndexColumns;
    }
  | { ok: false; title: string; errors: string[] };

/** Parses and validates chronology JSON text; errors name the bad field path. */
export function parseChronologyText(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, title: 'This file is not valid JSON', errors: [(e as Error).message] };
  }
  const r = validateChronology(data);
  return r.ok ? r : { ok: false, title: 'This file is not a valid chronology', errors: r.errors };
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
