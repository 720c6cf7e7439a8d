import { humanDate, isValidDate } from '../dates.ts';
import { type Draft, draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/**
 * "April 24 and 25", "March 3, 4 and 5": more days of the month just named. Each bare number
 * becomes its own DATE in that month and year (TimeML tags "25" alone), once the first date
 * has its year. A count follows as a noun phrase ("April 24 and 25 people died") and is no day.
 */
const MORE_DAYS =
  /^(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?(?![\w,.%]\d|[\w%])/;
const DAY = /\d{1,2}/g;
/** After the last day: punctuation, the end, or a word that cannot start the noun a count needs. */
const DAY_ENDS =
  /^(?:\s*[.,;:)"”'’]|\s*$|\s+(?:in|at|on|and|or|with|for|the|a|an|when|while|after|before|this|last|next|is|are|was|were|will|would|has|have|had)\b)/i;
/** The first date must end in its day number ("April 24", "24th"), not a weekday or "yesterday". */
const ENDS_IN_DAY = /\d{1,2}(?:st|nd|rd|th)?$/;
/** "24th and 25th": ordinals are days whatever follows. */
const ORDINAL_DAY = /(?:st|nd|rd|th)$/;

export const conjoinedDayRefiner: TemporalRefiner = {
  name: 'ConjoinedDayRefiner',
  refine(context, drafts) {
    const added: Draft[] = [];
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i] as Draft;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.value);
      if (!m || d.pending || d.type !== 'DATE' || d.known.day === undefined) continue;
      if (!ENDS_IN_DAY.test(context.text.slice(d.start, d.end))) continue;
      const after = context.text.slice(d.end, d.end + 40);
      const more = MORE_DAYS.exec(after);
      if (!more) continue;
      if (!ORDINAL_DAY.test(more[0]) && !DAY_ENDS.test(after.slice(more[0].length))) continue;
      const next = drafts[i + 1];
      if (next && next.start < d.end + more[0].length) continue;
      const year = Number(m[1]);
      const month = Number(m[2]);
      const first = Number(m[3]);
      for (const n of more[0].matchAll(DAY)) {
        const day = Number(n[0]);
        if (day <= first || !isValidDate(year, month, day)) continue;
        const iso = `${m[1]}-${m[2]}-${n[0].padStart(2, '0')}`;
        const start = d.end + n.index;
        added.push(
          draft({
            start,
            end:
              start +
              n[0].length +
              (/^(?:st|nd|rd|th)/.exec(after.slice(n.index + n[0].length))?.[0].length ?? 0),
            type: 'DATE',
            value: iso,
            precision: 'day',
            range: { start: iso, end: iso },
            known: { day },
            implied: { year, month },
            anchor: d.anchor,
            tags: [this.name],
            explanation: `"${n[0]}" is another day of the month just named (${context.text.slice(d.start, d.end)}) → ${humanDate(iso)}`,
          }),
        );
      }
    }
    if (added.length === 0) return drafts;
    return [...drafts, ...added].sort((a, b) => a.start - b.start);
  },
};
