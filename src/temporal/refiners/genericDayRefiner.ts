import { asVagueReference } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/**
 * "for Afghanistan today and tomorrow", "yesterday, today and tomorrow": paired day words
 * speak of the present and future in general, not of calendar days.
 */
export const genericDayRefiner: TemporalRefiner = {
  name: 'GenericDayRefiner',
  refine(context, drafts) {
    for (let i = 0; i + 1 < drafts.length; i++) {
      const a = drafts[i];
      const b = drafts[i + 1];
      if (!a || !b || !a.tags.includes('RelativeDayParser') || !b.tags.includes('RelativeDayParser'))
        continue;
      const between = context.text.slice(a.end, b.start);
      if (!/^\s*(?:,|and|or|,\s*and)\s*$/i.test(between)) continue;
      for (const d of [a, b]) {
        const word = context.text.slice(d.start, d.end).toLowerCase();
        const ref = word === 'tomorrow' ? 'FUTURE_REF' : word === 'yesterday' ? 'PAST_REF' : 'PRESENT_REF';
        asVagueReference(
          d,
          ref,
          this.name,
          `"${context.text.slice(a.start, b.end)}" pairs day words rhetorically: a general ${ref === 'FUTURE_REF' ? 'future' : ref === 'PAST_REF' ? 'past' : 'present'}, not a calendar day`,
        );
      }
    }
    return drafts;
  },
};
