import { TYPE_ORDER } from '../marks/palette.ts';
import { h } from './dom.ts';

/** The explorer's static DOM, built once; the orchestrator fills its parts. */
export interface Skeleton {
  readonly header: HTMLElement;
  readonly subtitle: HTMLElement;
  readonly actions: HTMLElement;
  readonly themeButton: HTMLButtonElement;
  readonly controls: HTMLElement;
  readonly timeline: HTMLElement;
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly fit: HTMLButtonElement;
  readonly windowLabel: HTMLElement;
  readonly overview: HTMLElement;
  readonly plot: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly axis: SVGSVGElement;
  readonly laneLabels: HTMLElement;
  readonly marks: HTMLElement;
  readonly mapSlot: HTMLElement;
  readonly list: HTMLElement;
  readonly details: HTMLElement;
  readonly status: HTMLElement;
}

/** Builds the page: header, controls, timeline (toolbar, overview, plot, map, list) and details. */
export function buildSkeleton(root: HTMLElement, title: string): Skeleton {
  const button = (label: string, text: string, cls = 'cs-button'): HTMLButtonElement =>
    h('button', { type: 'button', class: cls, 'aria-label': label, title: label }, text);
  const themeButton = button('Switch between light and dark theme', '◐', 'cs-button cs-icon');
  const zoomOut = button('Zoom out', '−', 'cs-button cs-icon');
  const zoomIn = button('Zoom in', '+', 'cs-button cs-icon');
  const fit = button('Show all events', 'Fit');
  const subtitle = h('p', { class: 'cs-subtitle' });
  const actions = h('div', { class: 'cs-actions' }, themeButton);
  const header = h('header', { class: 'cs-header' }, h('div', {}, h('h1', {}, title), subtitle), actions);
  const controls = h('section', { class: 'cs-controls', 'aria-label': 'Search and filters' });
  const windowLabel = h('p', { class: 'cs-window', 'aria-live': 'off' });
  const legend = h(
    'ul',
    { class: 'cs-legend', 'aria-label': 'Event types' },
    ...TYPE_ORDER.map((t) =>
      h(
        'li',
        {},
        h('span', { class: `cs-swatch cs-type-${t}`, 'aria-hidden': 'true' }),
        t.replace(/-/g, ' '),
      ),
    ),
    h('li', {}, h('span', { class: 'cs-swatch cs-swatch-range', 'aria-hidden': 'true' }), 'span'),
    h('li', {}, h('span', { class: 'cs-swatch cs-swatch-fade', 'aria-hidden': 'true' }), 'on or before'),
    h('li', {}, h('span', { class: 'cs-swatch cs-swatch-lag', 'aria-hidden': 'true' }), 'reported later'),
  );
  const overview = h('div', { class: 'cs-overview' });
  const canvas = h('canvas', { class: 'cs-canvas', 'aria-hidden': 'true' });
  const axis = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  axis.setAttribute('class', 'cs-axis');
  axis.setAttribute('aria-hidden', 'true');
  const laneLabels = h('div', { class: 'cs-lane-labels' });
  const marks = h('div', { class: 'cs-a11y', role: 'group', 'aria-label': 'Events in view' });
  const plot = h('div', { class: 'cs-plot' }, canvas, axis, laneLabels, marks);
  const mapSlot = h('section', { class: 'cs-map-panel', 'aria-label': 'Map', hidden: true });
  const list = h('section', { class: 'cs-list', 'aria-label': 'Events in view, as a table' });
  const status = h('p', { class: 'cs-status', role: 'status' });
  const timeline = h(
    'section',
    { class: 'cs-timeline', 'aria-label': 'Timeline' },
    h(
      'div',
      { class: 'cs-toolbar' },
      h('div', { class: 'cs-zoom' }, zoomOut, zoomIn, fit),
      windowLabel,
      legend,
    ),
    overview,
    plot,
    h(
      'p',
      { class: 'cs-hint' },
      'Scroll or pinch to zoom, drag to pan. Tab to an event, then ←/→ to move, Enter to open, Esc to close, +/− to zoom.',
    ),
    status,
    mapSlot,
    list,
  );
  const details = h('section', { class: 'cs-details', role: 'region', 'aria-label': 'Event details' });
  root.replaceChildren(
    header,
    h('main', { class: 'cs-main' }, controls, h('div', { class: 'cs-body' }, timeline, details)),
  );
  return {
    header,
    subtitle,
    actions,
    themeButton,
    controls,
    timeline,
    zoomIn,
    zoomOut,
    fit,
    windowLabel,
    overview,
    plot,
    canvas,
    axis,
    laneLabels,
    marks,
    mapSlot,
    list,
    details,
    status,
  };
}
