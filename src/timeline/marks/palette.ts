import { EVENT_TYPES } from '../../model/chronology.ts';

/** Colours the canvas marks use, read from the CSS custom properties of the current theme. */
export interface Palette {
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly laneAlt: string;
  readonly bg: string;
  readonly accent: string;
  readonly density: string;
  readonly fatal: string;
  readonly types: Readonly<Record<string, string>>;
  readonly font: string;
  /** How planned events (ahead at publication) are drawn. */
  readonly planned: PlannedLook;
}

/** The look of planned events, from the `--cs-planned-*` custom properties. */
export interface PlannedLook {
  /** Dash pattern of a planned dot's ring and a planned range's outline, in CSS pixels. */
  readonly dash: readonly number[];
  /** Opacity of a planned range's type-coloured fill (other ranges use 0.1–0.2). */
  readonly fillOpacity: number;
  /** Distance between the diagonal hatch lines of a planned range in CSS pixels; 0 draws none. */
  readonly hatchGap: number;
  /** Opacity of the hatch lines. */
  readonly hatchOpacity: number;
}

/** The look when the stylesheet sets none. */
export const DEFAULT_PLANNED_LOOK: PlannedLook = {
  dash: [2, 2],
  fillOpacity: 0.06,
  hatchGap: 5,
  hatchOpacity: 0.35,
};

/** Event types in legend order (the model's order); each has a `--cs-type-<name>` colour. */
export const TYPE_ORDER = EVENT_TYPES;

/** Reads the palette of the theme applied to `el`. */
export function readPalette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string): string => cs.getPropertyValue(name).trim() || fallback;
  const types: Record<string, string> = {};
  for (const t of TYPE_ORDER) types[t] = v(`--cs-type-${t}`, '#888');
  return {
    fg: v('--cs-fg', '#111'),
    muted: v('--cs-muted', '#666'),
    grid: v('--cs-grid', '#ddd'),
    laneAlt: v('--cs-lane-alt', '#f6f6f6'),
    bg: v('--cs-bg', '#fff'),
    accent: v('--cs-accent', '#1f6feb'),
    density: v('--cs-density', '#9aa4b2'),
    fatal: v('--cs-fatal', '#c0392b'),
    types,
    font: `12px ${cs.fontFamily || 'system-ui, sans-serif'}`,
    planned: readPlannedLook(cs),
  };
}

function readPlannedLook(cs: CSSStyleDeclaration): PlannedLook {
  const num = (name: string, fallback: number): number => {
    const n = Number.parseFloat(cs.getPropertyValue(name));
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  const dash = cs
    .getPropertyValue('--cs-planned-dash')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  return {
    dash:
      dash.length > 0 && dash.every((d) => Number.isFinite(d) && d >= 0) ? dash : DEFAULT_PLANNED_LOOK.dash,
    fillOpacity: num('--cs-planned-fill-opacity', DEFAULT_PLANNED_LOOK.fillOpacity),
    hatchGap: num('--cs-planned-hatch-gap', DEFAULT_PLANNED_LOOK.hatchGap),
    hatchOpacity: num('--cs-planned-hatch-opacity', DEFAULT_PLANNED_LOOK.hatchOpacity),
  };
}

/** The colour of an event type. */
export function typeColor(palette: Palette, type: string | undefined): string {
  return palette.types[type ?? 'other'] ?? palette.types.other ?? palette.muted;
}
