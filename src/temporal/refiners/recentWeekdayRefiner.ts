import { asVagueReference } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** "on a recent Wednesday", "one recent Saturday night": the words before the weekday. */
const A_RECENT = /\b(?:a|one)\s+(?:recent|recently\s+\w+)\s+$/i;

/**
 * "On a recent Wednesday morning, Pointer pulled his SUV up to a dock": a weekday after "a recent"
 * is one of the latest such days, and the text does not say which week, so it is no calendar day.
 * It is the vague past of "recently" (PAST_REF), before the weekday refiner would take the latest
 * such day up to publication.
 */
export const recentWeekdayRefiner: TemporalRefiner = {
  name: 'RecentWeekdayRefiner',
  refine(context, drafts) {
    for (const d of drafts) {
      if (d.pending?.kind !== 'weekday') continue;
      const words = A_RECENT.exec(context.text.slice(Math.max(0, d.start - 24), d.start));
      if (!words) continue;
      delete d.pending;
      asVagueReference(
        d,
        'PAST_REF',
        this.name,
        `"${words[0].trim()} ${context.text.slice(d.start, d.end)}" names no particular week: some time before publication (${context.referenceLabel}), not a calendar day`,
      );
    }
    return drafts;
  },
};
