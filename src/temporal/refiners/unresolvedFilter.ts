import type { TemporalRefiner } from '../pipeline.ts';

/** Drops drafts no refiner could give a value (e.g. "February 30"). */
export const unresolvedFilter: TemporalRefiner = {
  name: 'UnresolvedFilter',
  refine(_context, drafts) {
    return drafts.filter((d) => d.value !== '' && d.pending === undefined);
  },
};
