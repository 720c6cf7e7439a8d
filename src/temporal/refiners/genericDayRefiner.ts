import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** A day word read as the present, past or future in general. */
function generalize(d: Draft, ref: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF', tag: string): void {
  d.value = ref;
  d.type = 'DATE';
  d.precision = 'vague';
  delete d.range;
  d.implied = {};
  d.anchor = 'none';
  d.tags.push(tag);
}

/**
 * "for Afghanistan today and tomorrow", "yesterday, today and tomorrow": paired day words
 * speak of the present and future in general, not of calendar days; so do "today's youth" and
 * "the people of tomorrow".
 */
/** "today's youth", "tomorrow's world", "the people of tomorrow": an age, not a calendar day. */
const GENERIC_AFTER =
  /^['’]s\s+(?:\w+\s+)?(?:world|youth|young|society|generations?|children|kids|teenagers|students|families|computers|technology|economy|markets?|leaders|politics|politicians|culture|standards|consumers|workers|women|men|people|army|military|weapons|church|Europe|America|Russia|China|Afghanistan|Iraq|Syria)\b/;
const GENERIC_BEFORE = /\b(?:people|world|leaders|children|generation|jobs|technology|industries)\s+of\s+$/i;

export const genericDayRefiner: TemporalRefiner = {
  name: 'GenericDayRefiner',
  refine(context, drafts) {
    for (const d of drafts) {
      if (!d.tags.includes('RelativeDayParser')) continue;
      const word = context.text.slice(d.start, d.end).toLowerCase();
      if (word !== 'today' && word !== 'tomorrow') continue;
      const after = context.text.slice(d.end, d.end + 40);
      const before = context.text.slice(Math.max(0, d.start - 24), d.start);
      if (!GENERIC_AFTER.test(after) && !GENERIC_BEFORE.test(before)) continue;
      generalize(d, word === 'tomorrow' ? 'FUTURE_REF' : 'PRESENT_REF', this.name);
      d.explanation = `"${context.text.slice(d.start, d.end)}" speaks of an age, not of a calendar day: ${d.value === 'FUTURE_REF' ? 'the future' : 'the present'} in general`;
    }
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
        generalize(d, ref, this.name);
        d.explanation = `"${context.text.slice(a.start, b.end)}" pairs day words rhetorically: a general ${ref === 'FUTURE_REF' ? 'future' : ref === 'PAST_REF' ? 'past' : 'present'}, not a calendar day`;
      }
    }
    return drafts;
  },
};
