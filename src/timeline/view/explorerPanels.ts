import type { Chronology, ChronologyEvent } from '../../model/chronology.ts';
import type { EventIndex } from '../layout/eventIndex.ts';
import * as actions from '../state/actions.ts';
import { filterEvents } from '../state/filterEvents.ts';
import type { TimelineState } from '../state/timelineState.ts';
import { createControls } from './controls.ts';
import { renderDetails } from './detailsPanel.ts';
import { createExportMenu } from './exportMenu.ts';
import { renderListView } from './listView.ts';
import { createMapPanel } from './mapPanel.ts';
import { createOverview } from './overview.ts';
import type { Skeleton } from './skeleton.ts';

/** Applies a state change (a new state or a named action). */
export type Dispatch = (next: TimelineState | ((s: TimelineState) => TimelineState)) => void;

/** What the panels need from the explorer that hosts them. */
export interface PanelContext {
  readonly dom: Skeleton;
  readonly index: EventIndex;
  readonly chronology: Chronology;
  /** The fitted window ("Fit"): the overview spans it. */
  readonly focus: readonly [number, number];
  readonly dispatch: Dispatch;
  /** Positions passing search and filters, computed on demand (for the exports). */
  readonly filtered: () => Uint32Array;
  /** Shows and opens the stray event at position `p`, picked at an end of the overview. */
  readonly onJump: (p: number) => void;
  /** Opens the event at position `p`, picked in the table. */
  readonly onOpenFromList: (p: number) => void;
  readonly onCloseDetails: () => void;
}

/** What one render tells the panels. */
export interface PanelFrame {
  readonly state: TimelineState;
  readonly filtered: Uint32Array;
  /** Positions drawn in the current window. */
  readonly inView: readonly number[];
  /** Events overlapping the window (more than `inView` lists when lanes are aggregated). */
  readonly inViewCount?: number;
  readonly domain: readonly [number, number];
  readonly width: number;
  /** Position of the open event, or -1. */
  readonly selected: number;
}

/** The panels around the plot: controls, overview, details, list, map and export menu. */
export interface ExplorerPanels {
  /** Brings every panel up to date; each redraws only when what it shows changed. */
  update(frame: PanelFrame): void;
  destroy(): void;
}

const LIST_DELAY = 120;

/**
 * Builds the panels around the timeline plot in `ctx.dom` and wires their gestures to
 * `ctx.dispatch`. The overview, controls and details follow the state at once; the table and the
 * map, which are slower to rebuild, follow it shortly after zooming settles.
 */
export function createExplorerPanels(ctx: PanelContext): ExplorerPanels {
  const { dom, index, chronology, dispatch } = ctx;
  const fullView = { start: ctx.focus[0], end: ctx.focus[1] };
  const overview = createOverview(
    dom.overview,
    (view) => dispatch((s) => actions.setView(s, view ?? fullView)),
    ctx.onJump,
  );
  const controls = createControls(dom.controls, index, {
    onQuery: (q) => dispatch((s) => actions.setQuery(s, q)),
    onFilter: (patch) => dispatch((s) => actions.setFilter(s, patch)),
    onLaneBy: (by) => dispatch((s) => actions.setLaneBy(s, by)),
    onClear: () => dispatch(actions.clearFilters),
  });
  // The map shows every event passing the other filters, so picking a place never hides the rest.
  const map = createMapPanel(dom.mapSlot, chronology.events, (names) =>
    dispatch((s) => actions.setFilter(s, { places: names ?? [] })),
  );
  createExportMenu(
    dom.actions,
    {
      chronology,
      filteredEvents: () => Array.from(ctx.filtered(), (p) => index.events[p]!),
      svg: dom.axis,
      canvases: [dom.canvas],
      overlays: [dom.laneLabels],
    },
    (message) => {
      dom.status.textContent = message;
    },
  );

  let overviewKey: unknown[] = [];
  let controlsKey: unknown[] = [];
  let mapKey: unknown[] = [];
  let mapEvents: ChronologyEvent[] = [];
  let renderedSelection: string | null | undefined;
  let listTimer: ReturnType<typeof setTimeout> | undefined;

  const updateMap = (state: TimelineState, inView: readonly number[]): void => {
    if (mapKey[0] !== state.query || mapKey[1] !== state.filters) {
      const ps = filterEvents(index, state.query, { ...state.filters, places: [] });
      mapEvents = Array.from(ps, (p) => index.events[p]!);
      mapKey = [state.query, state.filters];
    }
    map.update(mapEvents, new Set(inView.map((p) => index.events[p]!.id)), state.selectedId);
  };

  return {
    update({ state, filtered, inView, inViewCount, domain, width, selected }) {
      // The overview and the controls only change with the filters or the width, not while zooming.
      if (overviewKey[0] !== filtered || overviewKey[1] !== width) {
        overview.update(index, filtered, ctx.focus, width);
        overviewKey = [filtered, width];
      }
      // The overview spans the fitted window, so "Fit" leaves the brush empty and a drag anywhere
      // draws a new window.
      overview.showView(state.view ? { start: domain[0], end: domain[1] } : null);
      if (
        controlsKey[0] !== state.filters ||
        controlsKey[1] !== state.query ||
        controlsKey[2] !== state.laneBy ||
        controlsKey[3] !== filtered
      ) {
        controls.update(state, filtered.length);
        controlsKey = [state.filters, state.query, state.laneBy, filtered];
      }
      if (renderedSelection !== state.selectedId) {
        renderedSelection = state.selectedId;
        renderDetails(dom.details, chronology, selected >= 0 ? index.events[selected]! : null, {
          onClose: ctx.onCloseDetails,
        });
      }
      clearTimeout(listTimer);
      listTimer = setTimeout(() => {
        renderListView(dom.list, index, inView, {
          selected,
          onSelect: ctx.onOpenFromList,
          sort: state.listSort,
          onSort: (sort) => dispatch((s) => actions.setListSort(s, sort)),
          total: inViewCount,
        });
        updateMap(state, inView);
      }, LIST_DELAY);
    },
    destroy() {
      clearTimeout(listTimer);
      map.destroy();
    },
  };
}
