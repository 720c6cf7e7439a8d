import { fieldsOf, humanDate } from '../dates.ts';
import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** How far back (characters) a stated day still governs a bare clock time. */
const REACH = 400;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
/** Words that tie a time to the DCT by themselves ("tonight", "this morning"). */
const DAY_WORD = /\b(?:today|tonight|yesterday|tomorrow|this|last|next)\b/i;
/** A relative day right next to a clock time: "10 a.m. yesterday", "today at 9:30 a.m.". */
const RELATIVE_DAY = /^(?:today|yesterday|tomorrow)$/i;
const JOIN_AFTER = /^\s*,?\s*$/;
const JOIN_BEFORE = /^\s*,?\s*(?:at\s+)?$/i;
/** "at 4 in the morning (4 a.m. EDT Thursday)": a restatement in parentheses. */
const APPOSITION = /^\s*\(\s*$/;

/**
 * "was shot to death at 10 p.m.": the passive predicate right before a clock time. Only a
 * narrated past ("was", "were") is matched, so a plan ("is scheduled at 10 a.m.") keeps the DCT.
 */
const PREDICATE =
  /\b(?:was|were)\s+([a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+$/i;
/** How far (characters) from the earlier mention of the predicate its date may stand. */
const PREDICATE_REACH = 80;
/** How far back (characters) the earlier mention is looked for: about a news story's length. */
const PREDICATE_LOOKBACK = 6000;

/**
 * The day the story already gave the same event: "he was shot to death last Oct. 23" earlier
 * dates the later "was shot to death at 10 p.m.". The date must stand in the same sentence
 * as the earlier mention, within a few words.
 */
function coreferentDay(text: string, d: Draft, earlier: readonly Draft[]): string | undefined {
  const m = PREDICATE.exec(text.slice(Math.max(0, d.start - 80), d.start));
  const phrase = m?.[1];
  if (!phrase) return undefined;
  const floor = d.start - PREDICATE_LOOKBACK;
  let at = text.lastIndexOf(phrase, d.start - m[0].length);
  while (
    at >= 0 &&
    at >= floor &&
    (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + phrase.length] ?? ''))
  ) {
    at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1;
  }
  if (at < 0 || at < floor) return undefined;
  let best: Draft | undefined;
  let bestGap = PREDICATE_REACH + 1;
  // Drafts are in text order: walk back from the clock time, stopping once past the mention.
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i] as Draft;
    if (e.end < at - PREDICATE_REACH) break;
    if (!e.range || !DAY_VALUE.test(e.value) || (e.precision !== 'day' && e.precision !== 'time')) continue;
    const gap = e.start >= at ? e.start - (at + phrase.length) : at - e.end;
    if (gap > PREDICATE_REACH || gap >= bestGap) continue;
    const between = e.start >= at ? text.slice(at, e.start) : text.slice(e.end, at);
    if (/[.!?]\s+[A-Z]/.test(between)) continue;
    best = e;
    bestGap = gap;
  }
  return best?.range?.start;
}

/**
 * A TIME whose day the text did not state, only implied (from the DCT, or by this refiner
 * from the narrative): "at 10 p.m.", "by mid-afternoon" — not "tonight" or "this morning".
 */
export function isBareTime(text: string, d: Draft): boolean {
  return (
    d.type === 'TIME' &&
    d.anchor !== 'none' &&
    d.implied.day !== undefined &&
    d.known.day === undefined &&
    d.known.weekday === undefined &&
    !DAY_WORD.test(text.slice(d.start, d.end))
  );
}

function isRelativeDay(text: string, d: Draft | undefined): d is Draft {
  return (
    d !== undefined &&
    d.type === 'DATE' &&
    d.precision === 'day' &&
    d.anchor === 'dct' &&
    DAY_VALUE.test(d.value) &&
    RELATIVE_DAY.test(text.slice(d.start, d.end))
  );
}

/** Put a bare time on `day`, keeping its clock part. */
function moveTo(d: Draft, day: string): void {
  d.value = day + d.value.slice(10);
  d.range = { start: day, end: day };
  d.implied = fieldsOf(day);
}

/**
 * A bare clock time is read on the day the text ties it to: a relative day next to it joins
 * it ("10 a.m. yesterday" is one TIME), a restatement in parentheses gives its day ("at 4 in
 * the morning (4 a.m. EDT Thursday)"), else the day the narrative last named when that day is
 * near ("He was shot at 10 p.m." after "on Oct. 23"), as TimeML anchors times on the event's
 * day. Otherwise it stays on the publication day.
 */
export const clockTimeRefiner: TemporalRefiner = {
  name: 'ClockTimeAnchorRefiner',
  refine(context, drafts) {
    const { text } = context;
    const out: Draft[] = [];
    let lastDay: Draft | undefined;
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i] as Draft;
      if (d.anchor === 'dct' && isBareTime(text, d)) {
        const next = drafts[i + 1];
        const prev = out[out.length - 1];
        if (isRelativeDay(text, next) && JOIN_AFTER.test(text.slice(d.end, next.start))) {
          join(d, next, d.start, next.end);
          i++;
        } else if (isRelativeDay(text, prev) && JOIN_BEFORE.test(text.slice(prev.end, d.start))) {
          out.pop();
          join(d, prev, prev.start, d.end);
        } else if (
          next?.range &&
          DAY_VALUE.test(next.value) &&
          (next.precision === 'day' || next.precision === 'time') &&
          // ("at 06:00 (03:00 GMT)": a restatement with no day of its own gives none; both take the narrative's.)
          !(next.anchor === 'dct' && isBareTime(text, next)) &&
          APPOSITION.test(text.slice(d.end, next.start))
        ) {
          moveTo(d, next.range.start);
          d.anchor = 'narrative';
          d.tags.push(this.name);
          d.explanation = `"${text.slice(d.start, d.end)}" is restated as "${text.slice(next.start, next.end)}", so its day is ${humanDate(next.range.start)}`;
        } else if (lastDay && d.start - lastDay.end <= REACH) {
          const day = lastDay.value.slice(0, 10);
          if (day !== context.reference) {
            moveTo(d, day);
            d.anchor = 'narrative';
            d.tags.push(this.name);
            d.explanation = `"${text.slice(d.start, d.end)}" states a clock time; the day is the one the narrative last named, ${humanDate(day)}`;
          }
        } else {
          const day = coreferentDay(text, d, out);
          if (day && day !== context.reference) {
            moveTo(d, day);
            d.anchor = 'narrative';
            d.tags.push(this.name);
            d.explanation = `"${text.slice(d.start, d.end)}" tells again of an event the story dated earlier: ${humanDate(day)}`;
          }
        }
      }
      out.push(d);
      if (d.value && DAY_VALUE.test(d.value) && (d.precision === 'day' || d.precision === 'time'))
        lastDay = d;
    }
    return out;

    function join(d: Draft, day: Draft, start: number, end: number): void {
      const date = day.value.slice(0, 10);
      moveTo(d, date);
      d.start = start;
      d.end = end;
      d.tags.push(clockTimeRefiner.name);
      d.explanation = `"${text.slice(start, end)}" states a clock time on ${humanDate(date)}`;
    }
  },
};
