import { shownTitle } from '../../model/shownTitle.ts';
import type { EventIndex } from './eventIndex.ts';

/** Titles sharing this share of their words say the same thing. */
const SAME = 0.6;

function titleWords(title: string): Set<string> {
  // Numbers are left out: "9,000 have died" and "9,500 have died" are the same label.
  return new Set(title.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * The events worth a label when zoomed out, most important first: running totals are left to
 * the tally band, and of titles that say the same thing only the most important is kept.
 */
export function distinctLabels(ps: readonly number[], index: EventIndex): number[] {
  const order = [...ps].sort((a, b) => index.importance[b]! - index.importance[a]! || a - b);
  const kept: number[] = [];
  const words: Set<string>[] = [];
  for (const p of order) {
    const e = index.events[p]!;
    if (e.tally) continue;
    const w = titleWords(shownTitle(e));
    if (words.some((o) => overlap(o, w) >= SAME)) continue;
    kept.push(p);
    words.push(w);
  }
  return kept;
}
