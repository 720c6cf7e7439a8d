import './styles/index.css';
import { columnEvents } from './chronology/formats/arrowEvents.ts';
import { INITIAL_STATE } from './timeline/state/timelineState.ts';
import { paramsToState } from './timeline/state/urlState.ts';
import { syntheticColumns } from './timeline/syntheticColumns.ts';
import { createExplorer, type Explorer } from './timeline/view/createExplorer.ts';
import { h } from './timeline/view/dom.ts';
import { importFiles, readFiles } from './timeline/view/importFiles.ts';
import { isArrowName, loadArrow } from './timeline/view/loadArrow.ts';
import {
  type LoadResult,
  loadChronology,
  renderLoadError,
  renderLoadNotice,
} from './timeline/view/loadChronology.ts';

declare global {
  interface Window {
    /** The running explorer, for tests and benchmarks. */
    __chronoscope?: Explorer;
  }
}

const root = document.getElementById('app')!;
let params = new URLSearchParams(location.search);

/** Loads the chronology named by the URL (`?data=`, `?synthetic=N&seed=S`, or public/chronology.json). */
async function load(): Promise<LoadResult> {
  const synthetic = Number(params.get('synthetic'));
  if (synthetic > 0) {
    // Generated as columns: a million events would be millions of nested objects otherwise.
    const { columns, detail } = syntheticColumns(Math.min(synthetic, 1_000_000), {
      seed: Number(params.get('seed') ?? 1),
    });
    const { events, sourcesOf } = columnEvents(columns, detail);
    return {
      ok: true,
      chronology: { version: 1, articles: columns.articles, events },
      columns: { start: columns.startMs, end: columns.endMs, reported: columns.reportedMs, sourcesOf },
    };
  }
  const data = params.get('data') ?? 'chronology.json';
  return isArrowName(data) ? loadArrow({ url: data }) : loadChronology(data);
}

function showError(result: { title: string; errors: readonly string[] }): void {
  const main = h('main', { class: 'cs-main' });
  const actions = h('div', { class: 'cs-actions' });
  root.replaceChildren(
    h('header', { class: 'cs-header' }, h('div', {}, h('h1', {}, 'Chronoscope')), actions),
    main,
  );
  renderLoadError(main, result);
  main.append(h('p', { class: 'cs-status', role: 'status' }));
  addOpenButton(actions);
}

/** A status line for imports, announced politely. */
function setStatus(message: string): void {
  const line = document.querySelector<HTMLElement>('.cs-status');
  if (line) line.textContent = message;
}

/** Opens dropped or picked files: chronologies directly, articles through the worker pipeline. */
async function openFiles(files: FileList | readonly File[]): Promise<void> {
  setStatus(`Reading ${files.length} file${files.length === 1 ? '' : 's'}…`);
  const list = Array.from(files);
  // An Arrow file is binary and may be huge: its bytes go to the worker, never through text.
  const arrow = list.length === 1 && isArrowName(list[0]!.name) ? list[0]! : null;
  const result = arrow
    ? await loadArrow({ bytes: await arrow.arrayBuffer(), name: arrow.name })
    : await importFiles(await readFiles(list), (done, total) =>
        setStatus(`Processing articles: ${done} of ${total}…`),
      );
  // An imported file replaces the loaded one; its view state starts fresh.
  params = new URLSearchParams();
  history.replaceState(null, '', location.pathname);
  open(result, INITIAL_STATE);
}

/** Adds an "Open…" file picker, the keyboard-friendly twin of drag and drop. */
function addOpenButton(container: Element): void {
  const input = h('input', {
    type: 'file',
    multiple: true,
    accept: '.json,.arrow,.csv,.tsv,.md,.markdown,.txt,.html,.htm,.jsonl',
    'aria-label': 'Open a chronology, CSV, TimelineJS or article files',
  });
  input.addEventListener('change', () => {
    if (input.files?.length) void openFiles(input.files);
  });
  container.prepend(h('span', { class: 'cs-button cs-open' }, 'Open…', input));
}

document.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  document.body.classList.add('cs-drop-target');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('cs-drop-target');
});
document.addEventListener('drop', (event) => {
  document.body.classList.remove('cs-drop-target');
  if (!event.dataTransfer?.files.length) return;
  event.preventDefault();
  void openFiles(event.dataTransfer.files);
});

/** Opens a chronology in the explorer, replacing whatever was shown. */
export function open(result: LoadResult, initial = paramsToState(params)): void {
  window.__chronoscope?.destroy();
  window.__chronoscope = undefined;
  if (!result.ok) {
    showError(result);
    return;
  }
  performance.mark('chronoscope:data-ready');
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  window.__chronoscope = createExplorer(root, result.chronology, initial, {
    baseParams: params,
    columns: result.columns,
    onUrl: (p) => {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => {
        const qs = p.toString();
        history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
      }, 150);
    },
  });
  addOpenButton(window.__chronoscope.dom.actions);
  if (result.notice) renderLoadNotice(window.__chronoscope.dom.header, result.notice);
  performance.mark('chronoscope:first-render');
  document.body.dataset.ready = 'true';
}

load()
  .then((r) => open(r))
  .catch((e: unknown) => showError({ title: 'The explorer failed to start', errors: [String(e)] }));
