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
}

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
  };
}

/** The colour of an event type. */
export function typeColor(palette: Palette, type: string | undefined): string {
  return palette.types[type ?? 'other'] ?? palette.types.other ?? palette.muted;
}
