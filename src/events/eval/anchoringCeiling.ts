import type { GoldEvent } from '../../temporal/eval/readTimeML.ts';
import { contains, type GoldAnchorPair, overlaps, type TextSpan } from './scoreAnchoring.ts';
import { sumCounts } from './sumCounts.ts';

/**
 * What the gold annotation of a corpus lets anchoring reach, whatever the system does; counts add
 * across documents.
 */
export interface AnchoringCeiling {
  readonly goldPairs: number;
  /** Gold pairs whose event and date stand in one sentence: all that dating within a sentence can find. */
  readonly sameSentence: number;
  /** Gold events (no STATE/I_STATE) in a sentence with no placeable date of the tagger's. */
  readonly undatedEvents: number;
  /** Of those, the events some gold pair anchors to a date elsewhere. */
  readonly undatedLinked: number;
  /** Of those, the events anchored to the latest placeable date of an earlier sentence. */
  readonly undatedToPrevious: number;
}

/** A ceiling of nothing, the start of a sum. */
export const NO_CEILING: AnchoringCeiling = {
  goldPairs: 0,
  sameSentence: 0,
  undatedEvents: 0,
  undatedLinked: 0,
  undatedToPrevious: 0,
};

/** The sum of two ceilings. */
export const addCeilings: (a: AnchoringCeiling, b: AnchoringCeiling) => AnchoringCeiling = sumCounts;

const EXCLUDED_CLASSES: ReadonlySet<string> = new Set(['STATE', 'I_STATE']);

/**
 * The ceiling of one document, from its gold pairs and events, the pipeline's sentences and the
 * tagger's placeable dates (sorted by offset). `undatedLinked / undatedEvents` bounds the
 * precision of carrying a date into sentences without one, even with the gold events as triggers
 * and the right date always chosen; `undatedToPrevious / undatedEvents` is the precision of
 * carrying the latest earlier date.
 */
export function anchoringCeiling(
  gold: readonly GoldAnchorPair[],
  events: readonly GoldEvent[],
  sentences: readonly TextSpan[],
  dates: readonly TextSpan[],
): AnchoringCeiling {
  const sentenceOf = (x: TextSpan) => sentences.find((s) => s.start <= x.start && x.start < s.end);
  const sameSentence = gold.filter((g) => {
    const s = sentenceOf(g.event);
    return s !== undefined && contains(s, g.timex);
  }).length;
  let undatedEvents = 0;
  let undatedLinked = 0;
  let undatedToPrevious = 0;
  for (const e of events) {
    if (EXCLUDED_CLASSES.has(e.eventClass)) continue;
    const s = sentenceOf(e);
    if (!s || dates.some((d) => contains(s, d))) continue;
    undatedEvents++;
    const pairs = gold.filter((g) => g.eid === e.eid);
    if (pairs.length > 0) undatedLinked++;
    const previous = dates.findLast((d) => d.end <= s.start);
    if (previous && pairs.some((g) => overlaps(g.timex, previous))) undatedToPrevious++;
  }
  return { goldPairs: gold.length, sameSentence, undatedEvents, undatedLinked, undatedToPrevious };
}
