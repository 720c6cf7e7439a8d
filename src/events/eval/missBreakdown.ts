import type { ChronologyEvent } from '../../model/chronology.ts';
import type { ExtractTrace } from '../extractEvents.ts';
import { contains, type GoldAnchorPair, overlaps, type TextSpan } from './scoreAnchoring.ts';

/** What an article's extraction left behind, to explain the gold pairs it missed. */
export interface ExtractionRecord {
  /** The sentences the pipeline cut the article into. */
  readonly sentences: readonly TextSpan[];
  /** Every temporal expression the tagger found. */
  readonly timexes: readonly TextSpan[];
  /** The article's final events. */
  readonly events: readonly ChronologyEvent[];
  readonly trace: ExtractTrace;
}

/**
 * Why a gold (event, date) pair was missed, the first cause that applies, in pipeline order:
 * - `different sentences`: the event and the date stand in different sentences;
 * - `timex not tagged`: no tagged expression overlaps the gold one (missing or another span);
 * - `sentence skipped: R`: the sentence was passed over whole (a quotation, a question, …);
 * - `timex not an anchor`: tagged, but not taken to date a happening (`findAnchors`);
 * - `trigger dated by another timex` / `trigger given the event's timex by a merge` /
 *   `trigger undated`: a final mention has the gold trigger, with another date or none;
 * - `dropped: R`: a draft had the pair, left out by a final filter (hypothetical, empty title,
 *   folded into another, …);
 * - `right timex, other trigger`: the sentence's date went to another word;
 * - `timex on a dropped draft: R`: the date went to a draft the filters left out;
 * - `events, none with that timex` / `no event in the sentence`.
 */
export function missCause(gold: GoldAnchorPair, r: ExtractionRecord): string {
  const sentence = r.sentences.find((s) => s.start <= gold.event.start && gold.event.start < s.end);
  if (!sentence || !contains(sentence, gold.timex)) return 'different sentences';
  if (!r.timexes.some((t) => overlaps(t, gold.timex))) return 'timex not tagged';
  const skipped = r.trace.skipped.find((s) => s.start === sentence.start);
  if (skipped) return `sentence skipped: ${skipped.reason}`;
  if (!r.trace.anchors.some((t) => overlaps(t, gold.timex))) return 'timex not an anchor';
  const hit = (m: { trigger?: TextSpan }) => m.trigger !== undefined && overlaps(m.trigger, gold.event);
  for (const e of r.events) {
    const mention = e.mentions.find(hit);
    if (!mention) continue;
    if (mention.timex) return 'trigger dated by another timex';
    return e.mentions.some((m) => m.timex) ? 'trigger given the event timex by a merge' : 'trigger undated';
  }
  const reasons = new Map(r.trace.dropped.map((d) => [d.id, d.reason]));
  const withTimex = (m: { timex?: TextSpan }) => m.timex !== undefined && overlaps(m.timex, gold.timex);
  const dropped = r.trace.drafts.find((d) => d.mentions.some((m) => hit(m) && withTimex(m)));
  if (dropped) return `dropped: ${reasons.get(dropped.id) ?? 'lost after extraction'}`;
  const here = r.events.flatMap((e) =>
    e.mentions.filter((m) => m.sentence.start === sentence.start).map((m) => ({ e, m })),
  );
  if (here.some(({ e, m }) => withTimex(m) || (!m.timex && e.mentions.some(withTimex))))
    return 'right timex, other trigger';
  const lost = r.trace.drafts.find((d) => reasons.has(d.id) && d.mentions.some(withTimex));
  if (lost) return `timex on a dropped draft: ${reasons.get(lost.id)}`;
  return here.length > 0 ? 'events, none with that timex' : 'no event in the sentence';
}

/** Counts of causes, most frequent first. */
export function tallyCauses(causes: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const c of causes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
