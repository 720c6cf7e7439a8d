import type { ChronologyEvent } from '../../model/chronology.ts';
import type { GoldEvent, GoldTimex, TimeMLDocument } from '../../temporal/eval/readTimeML.ts';
import { sumCounts } from './sumCounts.ts';

/** A span of the document text (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The relations, from the event's side, under which a date anchors an event. */
export const ANCHOR_RELATIONS = ['IS_INCLUDED', 'DURING', 'SIMULTANEOUS', 'BEGINS', 'ENDS'] as const;

/** One of `ANCHOR_RELATIONS`. */
export type AnchorRelation = (typeof ANCHOR_RELATIONS)[number];

/**
 * A TLINK relation read from the time's side, restated from the event's side. Only the inverses
 * that can yield an anchor relation are listed; the rest are never anchors either way.
 */
const FROM_TIME_SIDE: Readonly<Record<string, string>> = {
  INCLUDES: 'IS_INCLUDED',
  IS_INCLUDED: 'INCLUDES',
  BEGUN_BY: 'BEGINS',
  BEGINS: 'BEGUN_BY',
  ENDED_BY: 'ENDS',
  ENDS: 'ENDED_BY',
  DURING_INV: 'DURING',
  DURING: 'DURING_INV',
  SIMULTANEOUS: 'SIMULTANEOUS',
  IDENTITY: 'IDENTITY',
};

/** Event classes that name a lasting state, not a happening a chronology lists. */
const EXCLUDED_CLASSES: ReadonlySet<string> = new Set(['STATE', 'I_STATE']);

/** Timex types that can date a happening (not durations or sets). */
const ANCHOR_TIMEX_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME']);

/**
 * The anchor relation a TLINK states from the event's point of view, or undefined when it is no
 * anchor. `eventFirst` says whether the event is the link's source (`eventInstanceID`).
 */
export function anchorRelation(relType: string, eventFirst: boolean): AnchorRelation | undefined {
  const relation = eventFirst ? relType : FROM_TIME_SIDE[relType];
  return (ANCHOR_RELATIONS as readonly string[]).includes(relation ?? '')
    ? (relation as AnchorRelation)
    : undefined;
}

/** A gold (event, date) pair: an event anchored by a TLINK to a date expression in the text. */
export interface GoldAnchorPair {
  readonly eid: string;
  readonly tid: string;
  readonly event: GoldEvent;
  readonly timex: GoldTimex;
  /** The first anchoring relation read for the pair. */
  readonly relation: AnchorRelation;
}

/**
 * The gold anchor pairs of a TimeML document: TLINKs in either direction between an instance of
 * an event (of any class but STATE and I_STATE) and a DATE or TIME expression in the text (so
 * never the DCT, which is outside `<TEXT>`), with an anchoring relation. One pair per (eid, tid).
 */
export function goldAnchorPairs(doc: TimeMLDocument): GoldAnchorPair[] {
  const eventOfInstance = new Map<string, GoldEvent>();
  const eventById = new Map(doc.events.map((e) => [e.eid, e]));
  for (const instance of doc.instances) {
    const event = eventById.get(instance.eid);
    if (event) eventOfInstance.set(instance.eiid, event);
  }
  const timexById = new Map(doc.timexes.map((t) => [t.tid, t]));
  const pairs = new Map<string, GoldAnchorPair>();
  for (const link of doc.tlinks) {
    const eventFirst = eventOfInstance.has(link.from) && timexById.has(link.to);
    const timeFirst = timexById.has(link.from) && eventOfInstance.has(link.to);
    if (!eventFirst && !timeFirst) continue;
    const event = eventOfInstance.get(eventFirst ? link.from : link.to) as GoldEvent;
    const timex = timexById.get(eventFirst ? link.to : link.from) as GoldTimex;
    if (EXCLUDED_CLASSES.has(event.eventClass) || !ANCHOR_TIMEX_TYPES.has(timex.type)) continue;
    const relation = anchorRelation(link.relType, eventFirst);
    const key = `${event.eid} ${timex.tid}`;
    if (relation && !pairs.has(key))
      pairs.set(key, { eid: event.eid, tid: timex.tid, event, timex, relation });
  }
  return [...pairs.values()].sort((a, b) => a.event.start - b.event.start || a.timex.start - b.timex.start);
}

/** A (trigger, date) pair the system produced: one mention of an event and the date it carries. */
export interface SystemAnchorPair {
  readonly eventId: string;
  /** Absent when the mention records no trigger (it then counts at sentence level only). */
  readonly trigger?: TextSpan & { readonly text: string };
  readonly sentence: TextSpan & { readonly text: string };
  readonly timex: TextSpan & { readonly text: string; readonly value: string };
}

/** The system's pairs at both levels of scoring. */
export interface SystemAnchorPairs {
  /** One per distinct (trigger span, timex span): mentions that record a trigger. */
  readonly triggerPairs: readonly SystemAnchorPair[];
  /** One per distinct (sentence span, timex span): every dated mention, trigger or not. */
  readonly sentencePairs: readonly SystemAnchorPair[];
}

const spanKey = (a: TextSpan, b: TextSpan) => `${a.start}:${a.end} ${b.start}:${b.end}`;

/**
 * The (trigger, date) pairs of one article's mentions. A mention is dated by its own timex, else
 * by the timex of the event's earliest mention in the same article that has one: a sentence that
 * continues an event dated earlier shares that date. Mentions with no date in the article give
 * no pair.
 */
export function systemAnchorPairs(events: readonly ChronologyEvent[], articleId: string): SystemAnchorPairs {
  const byTrigger = new Map<string, SystemAnchorPair>();
  const bySentence = new Map<string, SystemAnchorPair>();
  for (const event of events) {
    const mentions = event.mentions
      .filter((m) => m.article === articleId)
      .sort((a, b) => a.sentence.start - b.sentence.start);
    const eventTimex = mentions.find((m) => m.timex)?.timex;
    for (const mention of mentions) {
      const timex = mention.timex ?? eventTimex;
      if (!timex) continue;
      const pair: SystemAnchorPair = {
        eventId: event.id,
        sentence: mention.sentence,
        timex: { start: timex.start, end: timex.end, text: timex.text, value: timex.value },
        ...(mention.trigger ? { trigger: mention.trigger } : {}),
      };
      const sentenceKey = spanKey(mention.sentence, timex);
      if (!bySentence.has(sentenceKey)) bySentence.set(sentenceKey, pair);
      if (!mention.trigger) continue;
      const triggerKey = spanKey(mention.trigger, timex);
      if (!byTrigger.has(triggerKey)) byTrigger.set(triggerKey, pair);
    }
  }
  return { triggerPairs: [...byTrigger.values()], sentencePairs: [...bySentence.values()] };
}

/** True when two spans share at least one character. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains all of `inner`. */
export function contains(outer: TextSpan, inner: TextSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** How a system pair is compared with a gold pair. */
export type AnchorLevel = 'trigger' | 'sentence';

/**
 * Whether a system pair finds a gold pair. `trigger`: its trigger overlaps the gold event and its
 * timex the gold timex. `sentence`: its mention's sentence contains the gold event and its timex
 * overlaps the gold timex, which tells what dating alone achieves.
 */
export function pairMatches(gold: GoldAnchorPair, system: SystemAnchorPair, level: AnchorLevel): boolean {
  if (!overlaps(system.timex, gold.timex)) return false;
  if (level === 'sentence') return contains(system.sentence, gold.event);
  return system.trigger !== undefined && overlaps(system.trigger, gold.event);
}

/** Bare counts of one scoring run; they add across documents and corpora. */
export interface AnchorCounts {
  readonly gold: number;
  readonly system: number;
  /** Gold pairs found by at least one system pair. */
  readonly found: number;
  /** System pairs that find at least one gold pair. */
  readonly matched: number;
}

/** Counts of nothing, the start of a sum. */
export const NO_ANCHOR_COUNTS: AnchorCounts = { gold: 0, system: 0, found: 0, matched: 0 };

/** The sum of two sets of counts. */
export const addAnchorCounts: (a: AnchorCounts, b: AnchorCounts) => AnchorCounts = sumCounts;

/** One document's result: counts, plus the pairs left over for error analysis. */
export interface AnchorScoring {
  readonly counts: AnchorCounts;
  readonly missed: readonly GoldAnchorPair[];
  readonly unmatched: readonly SystemAnchorPair[];
}

/**
 * Scores one document's system pairs against its gold pairs. Matching is many-to-many: a gold
 * pair is found if any system pair matches it, a system pair is right if it matches any gold pair.
 */
export function scoreAnchoring(
  gold: readonly GoldAnchorPair[],
  system: readonly SystemAnchorPair[],
  level: AnchorLevel,
): AnchorScoring {
  const missed = gold.filter((g) => !system.some((s) => pairMatches(g, s, level)));
  const unmatched = system.filter((s) => !gold.some((g) => pairMatches(g, s, level)));
  return {
    counts: {
      gold: gold.length,
      system: system.length,
      found: gold.length - missed.length,
      matched: system.length - unmatched.length,
    },
    missed,
    unmatched,
  };
}

/** Recall and precision; undefined when there is nothing to divide by. */
export interface AnchorScores {
  readonly recall?: number;
  /** A lower bound: the gold annotation leaves many true links out. */
  readonly precision?: number;
}

/** Recall = found gold / gold; precision = matched system pairs / system pairs. */
export function anchorScores(counts: AnchorCounts): AnchorScores {
  return {
    ...(counts.gold > 0 ? { recall: counts.found / counts.gold } : {}),
    ...(counts.system > 0 ? { precision: counts.matched / counts.system } : {}),
  };
}
