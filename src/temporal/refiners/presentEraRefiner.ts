import { asVagueReference, type Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** How many years before publication a contrasted year must lie for "today" to mean "nowadays". */
const ERA_YEARS = 3;

/** Grains of a date that name a past era rather than a recent day. */
const ERA_GRAINS: ReadonlySet<string> = new Set(['year', 'decade', 'century']);

/** The words that may open a clause before "today": "; and today", ", but today", "while today". */
const CLAUSE_OPENERS = /^(?:and|but|yet|while|whereas|so|now|even)$/i;

/**
 * "In 1965, for instance, there were 53m US hogs on more than 1m farms; today, 65m hogs are
 * concentrated in 65,000 facilities": "today" opening a clause that contrasts with a year long past
 * in the same sentence speaks of the present age (TimeML's PRESENT_REF), not of the day of
 * publication. "A week ago the WHO reported 229 cases; today it had 557" contrasts with a recent
 * day and keeps its calendar reading.
 */
export const presentEraRefiner: TemporalRefiner = {
  name: 'PresentEraRefiner',
  refine(context, drafts) {
    const refYear = Number(context.reference.slice(0, 4));
    for (const d of drafts) {
      if (!d.tags.includes('RelativeDayParser') || d.precision !== 'day') continue;
      if (context.text.slice(d.start, d.end).toLowerCase() !== 'today') continue;
      const [from, to] = sentenceAround(context.text, d.start, d.end);
      const head = context.text.slice(from, d.start);
      const breakAt = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
      if (breakAt < 0) continue;
      const opener = head
        .slice(breakAt + 1)
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      if (!opener.every((w) => CLAUSE_OPENERS.test(w))) continue;
      const era = drafts.find(
        (e) =>
          e !== d &&
          e.start >= from &&
          e.end <= from + breakAt &&
          ERA_GRAINS.has(e.precision) &&
          e.range !== undefined &&
          Number(e.range.end.slice(0, 4)) <= refYear - ERA_YEARS,
      );
      if (!era || to < d.end) continue;
      markPresentEra(d, context.text.slice(era.start, era.end), this.name);
    }
    return drafts;
  },
};

function markPresentEra(d: Draft, era: string, name: string): void {
  asVagueReference(
    d,
    'PRESENT_REF',
    name,
    `"today" set against "${era}" speaks of the present age (PRESENT_REF), not of a calendar day`,
  );
}

/** The offsets of the sentence holding [start, end): from after the last full stop before it to the next. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?]\s/.test(text.slice(from - 1, from + 1))) from--;
  const next = text.slice(end).search(/[.!?](?:\s|$)/);
  return [from, next < 0 ? text.length : end + next];
}
