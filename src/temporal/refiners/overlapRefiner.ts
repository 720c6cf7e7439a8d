import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** Overlapping finds keep the longer extent (TimeML takes the maximal phrase); ties go to priority. */
export const overlapRefiner: TemporalRefiner = {
  name: 'OverlapRemovalRefiner',
  refine(_context, drafts) {
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Draft[] = [];
    for (const d of sorted) {
      const last = kept[kept.length - 1];
      if (!last || d.start >= last.end) {
        kept.push(d);
        continue;
      }
      const better =
        d.end - d.start > last.end - last.start ||
        (d.end - d.start === last.end - last.start && (d.priority ?? 0) > (last.priority ?? 0));
      if (better) kept[kept.length - 1] = d;
    }
    return kept;
  },
};
