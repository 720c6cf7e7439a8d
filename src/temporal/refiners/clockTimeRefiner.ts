import { fieldsOf, humanDate } from '../dates.ts';
import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** How far back (characters) a stated day still governs a bare clock time. */
const REACH = 400;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/**
 * "He was shot at 10 p.m." after "on Oct. 23": a bare clock time happens on the day the
 * narrative last named, when that day is near (TimeML anchors times on the event's day);
 * otherwise it stays on the publication day.
 */
export const clockTimeRefiner: TemporalRefiner = {
  name: 'ClockTimeAnchorRefiner',
  refine(context, drafts) {
    let lastDay: Draft | undefined;
    for (const d of drafts) {
      const bareClock =
        d.type === 'TIME' &&
        d.anchor === 'dct' &&
        d.known.hour !== undefined &&
        d.known.day === undefined &&
        d.known.weekday === undefined;
      if (bareClock && lastDay && d.start - lastDay.end <= REACH) {
        const day = lastDay.value.slice(0, 10);
        if (day !== context.reference) {
          d.value = day + d.value.slice(10);
          d.range = { start: day, end: day };
          d.implied = fieldsOf(day);
          d.anchor = 'narrative';
          d.tags.push(this.name);
          d.explanation = `"${context.text.slice(d.start, d.end)}" states a clock time; the day is the one the narrative last named, ${humanDate(day)}`;
        }
      }
      if (d.value && DAY_VALUE.test(d.value) && (d.precision === 'day' || d.precision === 'time'))
        lastDay = d;
    }
    return drafts;
  },
};
