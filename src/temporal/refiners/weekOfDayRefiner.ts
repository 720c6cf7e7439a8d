import { humanDate, isoWeekValue, weekRange } from '../dates.ts';
import { weekOfParser } from '../parsers/weekOfParser.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/**
 * "the week of March 6" reaches the year inference refiner as a yearless day; once that day has
 * its year, the phrase becomes the ISO week containing it.
 */
export const weekOfDayRefiner: TemporalRefiner = {
  name: 'WeekOfDayRefiner',
  refine(context, drafts) {
    for (const d of drafts) {
      if (!d.tags.includes(weekOfParser.name) || d.pending || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
      const day = d.value;
      d.value = isoWeekValue(day);
      d.range = weekRange(day);
      d.tags.push(this.name);
      d.explanation = `${d.explanation}; "${context.text.slice(d.start, d.end)}" is the ISO week containing ${humanDate(day)} → ${d.value}`;
    }
    return drafts;
  },
};
