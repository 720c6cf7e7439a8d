import type { Precision } from '../../model/timex.ts';
import { humanDate } from '../dates.ts';
import type { Draft } from '../draft.ts';
import { periodPoint } from '../parsers/relativePeriodParser.ts';
import type { TemporalRefiner } from '../pipeline.ts';
import { shiftedPoint } from '../units.ts';

const PLACEABLE: ReadonlySet<Precision> = new Set([
  'time',
  'day',
  'week',
  'month',
  'season',
  'quarter',
  'year',
]);

/** How many sentence breaks may separate a narrative phrase from its anchor. */
const MAX_SENTENCES_BACK = 5;
/** A sentence end, or a paragraph break (news paragraphs are often one sentence long). */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])|\n\s*\n/g;

/**
 * Whether an anchor and a narrative phrase are at most a few sentences apart, so they belong
 * to one story thread. "A month later" far after a date mentioned in passing ("the 1979
 * revolution") does not count from it.
 */
function withinReach(text: string, from: number, to: number): boolean {
  // One character past `to`, so the capital opening the phrase's own sentence is seen.
  const between = text.slice(from, to + 1);
  let breaks = 0;
  for (const _ of between.matchAll(SENTENCE_END)) if (++breaks > MAX_SENTENCES_BACK) return false;
  return true;
}

/**
 * "two days later", "the following week", "that year", "the year-earlier period": counted from
 * the last placed date before them in the text (TimeML's narrative anchoring); with none, from
 * the DCT. An anchor more than a few sentences back is out of reach: the phrase counts from
 * the DCT too. A year back from a quarter stays a quarter ("a year earlier" after "the third
 * quarter" is the third quarter of the year before), as financial news means it.
 */
export const narrativeAnchorRefiner: TemporalRefiner = {
  name: 'NarrativeAnchorRefiner',
  refine(context, drafts) {
    let last: Draft | undefined;
    let lastQuarter: Draft | undefined;
    for (const d of drafts) {
      const p = d.pending;
      if (p?.kind === 'narrative') {
        const candidate = p.fromDct
          ? last?.precision === 'quarter'
            ? last
            : undefined
          : p.sameGrain
            ? lastQuarter
            : last;
        // A reported quarter stays the topic of a whole earnings story, so it is never out of reach.
        const anchor =
          candidate &&
          (candidate.precision === 'quarter' || withinReach(context.text, candidate.end, d.start))
            ? candidate
            : undefined;
        const from = anchor?.range?.start ?? context.reference;
        const offset = anchor ? p.offset : (p.fallback ?? p.offset);
        let point: ReturnType<typeof shiftedPoint>;
        if (p.unit === 'year' && anchor?.precision === 'quarter')
          point = shiftedPoint(from, offset * 4, 'quarter');
        else if (p.unit === 'quarter') point = shiftedPoint(from, offset, 'quarter');
        else if (
          p.unit === 'week' &&
          (d.tags.includes('RelativePeriodParser') || d.tags.includes('TheDayParser'))
        )
          point = periodPoint(from, 'week', offset);
        else if (offset === 0 && anchor?.range && p.unit === 'day') point = shiftedPoint(from, 0, 'day');
        else point = shiftedPoint(from, offset, p.unit === 'half' || p.unit === 'season' ? 'month' : p.unit);
        if (!point) continue;
        delete d.pending;
        d.value = point.value;
        d.precision = point.precision;
        d.range = point.range;
        d.anchor = anchor ? 'narrative' : 'dct';
        d.tags.push(this.name);
        const surface = context.text.slice(d.start, d.end);
        d.explanation = anchor
          ? `"${surface}" counts from the preceding "${context.text.slice(anchor.start, anchor.end)}" (${anchor.range ? humanDate(anchor.range.start) : anchor.value}) → ${point.label}`
          : p.fromDct
            ? `"${surface}", published ${context.referenceLabel} → ${point.label}`
            : `"${surface}" has no earlier date in the text to count from, so it counts from publication date ${context.referenceLabel} → ${point.label}`;
      }
      if (
        d.pending ||
        !d.range ||
        !PLACEABLE.has(d.precision) ||
        d.type === 'DURATION' ||
        d.type === 'SET' ||
        (p?.kind === 'narrative' && p.comparison)
      )
        continue;
      last = d;
      if (d.precision === 'quarter') lastQuarter = d;
    }
    return drafts;
  },
};
