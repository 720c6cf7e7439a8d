import './styles.css';
import { syntheticChronology } from './timeline/synthetic.ts';
import { paramsToState } from './timeline/state/urlState.ts';
import { createExplorer, type Explorer } from './timeline/view/createExplorer.ts';
import { h } from './timeline/view/dom.ts';
import { type LoadResult, loadChronology, renderLoadError } from './timeline/view/loadChronology.ts';

declare global {
  interface Window {
    /** The running explorer, for tests and benchmarks. */
    __chronoscope?: Explorer;
  }
}

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);

/** Loads the chronology named by the URL (`?data=`, `?synthetic=N&seed=S`, or public/chronology.json). */
async function load(): Promise<LoadResult> {
  const synthetic = Number(params.get('synthetic'));
  if (synthetic > 0) {
    return { ok: true, chronology: syntheticChronology(Math.min(synthetic, 1_000_000), { seed: Number(params.get('seed') ?? 1) }) };
  }
  return loadChronology(params.get('data') ?? 'chronology.json');
}

function showError(result: { title: string; errors: readonly string[] }): void {
  const main = h('main', { class: 'cs-main' });
  root.replaceChildren(h('header', { class: 'cs-header' }, h('div', {}, h('h1', {}, 'Chronoscope'))), main);
  renderLoadError(main, result);
}

/** Opens a chronology in the explorer, replacing whatever was shown. */
export function open(result: LoadResult): void {
  window.__chronoscope?.destroy();
  window.__chronoscope = undefined;
  if (!result.ok) {
    showError(result);
    return;
  }
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  window.__chronoscope = createExplorer(root, result.chronology, paramsToState(params), {
    baseParams: params,
    onUrl: (p) => {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => {
        const qs = p.toString();
        history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
      }, 150);
    },
  });
  performance.mark('chronoscope:first-render');
  document.body.dataset.ready = 'true';
}

load()
  .then(open)
  .catch((e: unknown) => showError({ title: 'The explorer failed to start', errors: [String(e)] }));
