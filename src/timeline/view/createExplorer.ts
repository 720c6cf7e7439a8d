import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { Chronology } from '../../model/chronology.ts';
import { shownTitle } from '../../model/shownTitle.ts';
import { commandForKey, KEY_PAN_STEP, KEY_ZOOM_STEP, moveInOrder } from '../interaction/keyboard.ts';
import { createTimeZoom } from '../interaction/zoom.ts';
import { buildEventIndex, type EventIndex, focusExtent, type IndexColumns } from '../layout/eventIndex.ts';
import { type Frame, layoutFrame } from '../layout/frameLayout.ts';
import { groupLanes, type Lane } from '../layout/groupLanes.ts';
import { jumpWindow } from '../layout/outliers.ts';
import { drawAxis } from '../marks/axis.ts';
import { drawDensityBars } from '../marks/densityBars.ts';
import { drawEventMarks } from '../marks/eventMarks.ts';
import { drawLabelMarks, labelText } from '../marks/labelMarks.ts';
import { drawLagMarks } from '../marks/lagMarks.ts';
import { drawLaneBands } from '../marks/laneBands.ts';
import { type Palette, readPalette } from '../marks/palette.ts';
import { drawRangeMarks } from '../marks/rangeMarks.ts';
import * as actions from '../state/actions.ts';
import { filterEvents } from '../state/filterEvents.ts';
import type { TimelineState } from '../state/timelineState.ts';
import { stateToParams } from '../state/urlState.ts';
import { formatWindow } from '../text/formatWhen.ts';
import { updateA11yLayer } from './a11yLayer.ts';
import { h } from './dom.ts';
import { createExplorerPanels, type Dispatch } from './explorerPanels.ts';
import { buildSkeleton, type Skeleton } from './skeleton.ts';
import { createTallyBand } from './tallyBand.ts';

const AXIS_TOP = 30;
const A11Y_CAP = 300;

/** The running explorer: its state, a way to change it, and hooks for tests and benchmarks. */
export interface Explorer {
  readonly index: EventIndex;
  readonly dom: Skeleton;
  getState(): TimelineState;
  dispatch: Dispatch;
  /** The last rendered frame. */
  frame(): Frame | null;
  /** Positions passing search and filters, in start order. */
  filtered(): Uint32Array;
  /** Renders now instead of at the next animation frame. */
  renderNow(): void;
  zoomBy(factor: number): void;
  /** How many frames were rendered and how long the last took (ms), for benchmarks. */
  renderStats(): { count: number; lastMs: number };
  destroy(): void;
}

/** Options of {@link createExplorer}. */
export interface ExplorerOptions {
  readonly title?: string;
  /** Called after state changes with the URL parameters that reproduce it (permalinks). */
  readonly onUrl?: (params: URLSearchParams) => void;
  readonly baseParams?: URLSearchParams;
  /** Intervals and sources a columnar source (Arrow, synthetic) already computed. */
  readonly columns?: IndexColumns;
}

/** Mounts the explorer for `chronology` in `root`, starting from `initial`. */
export function createExplorer(
  root: HTMLElement,
  chronology: Chronology,
  initial: TimelineState,
  options: ExplorerOptions = {},
): Explorer {
  // Stage 1 — data: the columnar index and the full extent, computed once.
  const index = buildEventIndex(chronology, options.columns);
  const dom = buildSkeleton(root, options.title ?? 'Chronoscope');
  // `full` bounds panning; `focus` is what "Fit" and the overview show (stray dates left out).
  const [e0, e1] = index.extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const pad = Math.max((e1 - e0) * 0.03, 86_400_000);
  const full: [number, number] = [e0 - pad, e1 + pad];
  const [f0, f1] = focusExtent(index) ?? [e0, e1];
  const fpad = Math.max((f1 - f0) * 0.03, 86_400_000);
  const focus: [number, number] = [Math.max(full[0], f0 - fpad), Math.min(full[1], f1 + fpad)];
  const fullView = { start: focus[0], end: focus[1] };
  dom.subtitle.textContent = `${chronology.events.length} events from ${chronology.articles.length} articles`;
  const tallyBand = createTallyBand(chronology);
  if (tallyBand) dom.plot.after(tallyBand.element);

  let state = initial;
  let focused = -1;
  let lastZoomView: TimelineState['view'] = null;
  let frame: Frame | null = null;
  let palette: Palette | null = null;
  let raf = 0;

  // Stage 2 — derived data, memoized on the state slices they depend on.
  let filterKey: unknown[] = [];
  let filtered: Uint32Array = new Uint32Array();
  let laneKey: unknown[] = [];
  let lanes: Lane[] = [];
  let vague: Uint32Array = new Uint32Array();
  const derive = (): void => {
    if (filterKey[0] !== state.query || filterKey[1] !== state.filters) {
      filtered = filterEvents(index, state.query, state.filters);
      filterKey = [state.query, state.filters];
      laneKey = [];
    }
    if (laneKey[0] !== filtered || laneKey[1] !== state.laneBy) {
      vague = filtered.filter((p) => index.vague[p] === 1);
      lanes = groupLanes(
        index,
        filtered.filter((p) => index.vague[p] === 0),
        state.laneBy,
      );
      laneKey = [filtered, state.laneBy];
    }
  };

  const labelWidths = new Float32Array(index.events.length).fill(-1);
  const measure = dom.canvas.getContext('2d')!;
  const labelWidth = (p: number): number => {
    if (labelWidths[p]! < 0)
      labelWidths[p] = measure.measureText(labelText(shownTitle(index.events[p]!))).width;
    return labelWidths[p]!;
  };

  const dispatch: Explorer['dispatch'] = (next) => {
    const s = typeof next === 'function' ? next(state) : next;
    if (s === state) return;
    const themeChanged = s.theme !== state.theme;
    state = s;
    if (themeChanged) applyTheme();
    schedule();
  };
  const schedule = (): void => {
    if (!raf) raf = requestAnimationFrame(() => render());
  };

  const zoom = createTimeZoom(dom.plot, (view) => {
    lastZoomView = view;
    dispatch((s) => actions.setView(s, view));
  });
  const panels = createExplorerPanels({
    dom,
    index,
    chronology,
    focus,
    dispatch,
    filtered: () => {
      derive();
      return filtered;
    },
    // A stray date is reached by jumping to it (and opening it, since it is likely an error worth reading).
    onJump: (p) => {
      const v = state.view ?? fullView;
      const view = jumpWindow(index.start[p]!, index.end[p]!, v.end - v.start);
      focused = p;
      picked = { id: index.events[p]!.id, p };
      dispatch((s) => actions.selectEvent(actions.setView(s, view), index.events[p]!.id));
    },
    onOpenFromList: (p) => {
      select_(p);
      reveal(p);
    },
    onCloseDetails: () => closeDetails(),
  });

  const media = matchMedia('(prefers-color-scheme: dark)');
  const applyTheme = (): void => {
    if (state.theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
    palette = null;
  };
  const onMedia = (): void => {
    palette = null;
    schedule();
  };
  media.addEventListener('change', onMedia);
  applyTheme();

  // The event picked on the page is known by position: looking it up by id would build an id map
  // of every event (a second at a million) just to find what was clicked. Permalinks still use it.
  let picked: { id: string; p: number } | null = null;
  const positionOf = (id: string): number | undefined =>
    picked?.id === id ? picked.p : index.positionById.get(id);
  const select_ = (p: number): void => {
    if (p >= 0) picked = { id: index.events[p]!.id, p };
    focused = p;
    dispatch((s) => actions.selectEvent(s, p >= 0 ? index.events[p]!.id : null));
    // On a phone the details sit below the map and list: bring them into view. Beside the
    // timeline (wide screens) they are already visible and nothing moves.
    if (p >= 0) requestAnimationFrame(() => revealDetails());
  };
  const revealDetails = (): void => {
    const r = dom.details.getBoundingClientRect();
    if (r.top > window.innerHeight - 80 || r.bottom < 0) dom.details.scrollIntoView({ block: 'start' });
  };

  /** Pans (keeping the zoom, within the pan limits) so that event `p` is inside the window. */
  const reveal = (p: number): void => {
    const payload = { start: index.start[p]!, end: index.end[p]!, fallback: fullView, bounds: full };
    dispatch((s) => actions.revealInterval(s, payload));
  };

  // Stage 3 — render: layout the frame, draw the canvas marks, then sync the DOM layers.
  let renderCount = 0;
  let renderMs = 0;
  function render(): void {
    const t0 = performance.now();
    renderFrame();
    renderCount++;
    renderMs = performance.now() - t0;
  }
  function renderFrame(): void {
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
    derive();
    const width = Math.max(200, dom.plot.clientWidth);
    const domain: [number, number] = state.view ? [state.view.start, state.view.end] : focus;
    zoom.setBase(full, width, 300);
    if (state.view !== lastZoomView || !state.view) {
      zoom.syncTo({ start: domain[0], end: domain[1] });
      lastZoomView = state.view;
    }
    palette ??= readPalette(dom.plot);
    measure.font = palette.font;
    const available = Math.min(560, Math.max(280, Math.round(window.innerHeight * 0.5)));
    frame = layoutFrame({
      index,
      lanes,
      vague,
      domain,
      width,
      height: available - AXIS_TOP,
      top: AXIS_TOP,
      labelWidth,
      selected: state.selectedId ? positionOf(state.selectedId) : undefined,
    });
    const dpr = window.devicePixelRatio || 1;
    const { canvas } = dom;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(frame.height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(frame.height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${frame.height}px`;
    }
    dom.plot.style.height = `${frame.height}px`;
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, frame.height);
    const x = scaleUtc().domain(domain).range([0, width]);
    const xs = (t: number): number => x(t);
    const selected = state.selectedId ? (positionOf(state.selectedId) ?? -1) : -1;
    drawLaneBands(ctx, frame, palette);
    drawDensityBars(ctx, frame, xs, palette);
    drawLagMarks(ctx, frame, index, xs, palette);
    drawRangeMarks(ctx, frame, index, palette);
    drawEventMarks(ctx, frame, index, palette, selected);
    drawLabelMarks(ctx, frame, index, palette);
    dom.axis.setAttribute('width', String(width));
    dom.axis.setAttribute('height', String(frame.height));
    drawAxis(
      select(dom.axis)
        .selectAll<SVGGElement, unknown>('g.cs-axis-g')
        .data<unknown>([0])
        .join('g')
        .attr('class', 'cs-axis-g'),
      x,
      {
        width,
        height: frame.height,
        top: AXIS_TOP,
      },
    );
    dom.laneLabels.replaceChildren(
      ...frame.lanes.map((l) =>
        h(
          'span',
          { class: 'cs-lane-label', style: `top:${l.y + 2}px` },
          `${l.label} · ${l.visibleCount} in view${l.mode === 'key' ? ` · bars: events per ${l.binName}, key events labelled` : ''}`,
        ),
      ),
    );
    const shown = updateA11yLayer(dom.marks, frame, index, { focused, selected, cap: A11Y_CAP });
    dom.plot.dataset.domainStart = new Date(domain[0]).toISOString();
    dom.plot.dataset.domainEnd = new Date(domain[1]).toISOString();
    dom.plot.dataset.inView = String(frame.inViewCount);
    dom.plot.dataset.marks = String(shown.length);
    dom.windowLabel.textContent = `${formatWindow(domain[0], domain[1])} · ${frame.inViewCount} in view`;
    tallyBand?.update(domain, width);
    panels.update({
      state,
      filtered,
      inView: frame.inView,
      inViewCount: frame.inViewCount,
      domain,
      width,
      selected,
    });
    options.onUrl?.(stateToParams(state, options.baseParams));
  }

  function closeDetails(): void {
    const p = state.selectedId ? (positionOf(state.selectedId) ?? -1) : -1;
    const wasInDetails = dom.details.contains(document.activeElement);
    dispatch((s) => actions.selectEvent(s, null));
    if (wasInDetails && p >= 0) {
      focused = p;
      render();
      dom.marks.querySelector<HTMLElement>(`[data-p="${p}"]`)?.focus();
    }
  }

  // Interaction: clicks on marks, keyboard commands, buttons.
  dom.marks.addEventListener('click', (event) => {
    const b = (event.target as Element).closest<HTMLElement>('.cs-mark');
    if (b) select_(Number(b.dataset.p));
  });
  dom.marks.addEventListener('focusin', (event) => {
    const b = (event.target as Element).closest<HTMLElement>('.cs-mark');
    if (b) focused = Number(b.dataset.p);
  });
  const onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const mark = target.closest<HTMLElement>('.cs-mark');
    const inTextField = target.matches('input, select, textarea');
    const command = commandForKey(event.key, { inTextField, onEvent: mark !== null });
    if (!command || event.ctrlKey || event.metaKey || event.altKey) return;
    if (command === 'close' && !state.selectedId) return;
    event.preventDefault();
    if (command === 'next' || command === 'previous' || command === 'first' || command === 'last') {
      const p = moveInOrder(filtered, Number(mark!.dataset.p), command);
      if (p < 0) return;
      focused = p;
      reveal(p);
      render();
      dom.marks.querySelector<HTMLElement>(`[data-p="${p}"]`)?.focus();
    } else if (command === 'open' && mark) select_(Number(mark.dataset.p));
    else if (command === 'close') closeDetails();
    // Keys zoom and pan through d3-zoom like the mouse, so they stop at the same limits.
    else if (command === 'zoomIn') zoom.scaleBy(KEY_ZOOM_STEP);
    else if (command === 'zoomOut') zoom.scaleBy(1 / KEY_ZOOM_STEP);
    else if (command === 'panLeft') zoom.panBy(-KEY_PAN_STEP);
    else if (command === 'panRight') zoom.panBy(KEY_PAN_STEP);
  };
  root.addEventListener('keydown', onKey);
  dom.zoomIn.addEventListener('click', () => zoom.scaleBy(KEY_ZOOM_STEP));
  dom.zoomOut.addEventListener('click', () => zoom.scaleBy(1 / KEY_ZOOM_STEP));
  dom.fit.addEventListener('click', () => dispatch((s) => actions.setView(s, null)));
  dom.themeButton.addEventListener('click', () => dispatch((s) => actions.toggleTheme(s, media.matches)));
  const resize = new ResizeObserver(() => schedule());
  resize.observe(dom.plot);

  render();
  return {
    index,
    dom,
    getState: () => state,
    dispatch,
    frame: () => frame,
    filtered: () => {
      derive();
      return filtered;
    },
    renderNow: render,
    zoomBy: (f) => zoom.scaleBy(f),
    renderStats: () => ({ count: renderCount, lastMs: renderMs }),
    destroy() {
      cancelAnimationFrame(raf);
      panels.destroy();
      resize.disconnect();
      media.removeEventListener('change', onMedia);
      root.removeEventListener('keydown', onKey);
      zoom.destroy();
    },
  };
}
