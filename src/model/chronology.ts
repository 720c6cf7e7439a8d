import type { ArticleMeta, IngestError } from './article.ts';
import type { Precision, TimexMod, TimexType } from './timex.ts';

/** When an event happened: an inclusive interval plus the TIMEX3 value it came from. */
export interface EventTime {
  /** Inclusive ISO date or date-time. For open "on or before" events, the earliest plausible date. */
  readonly start: string;
  /** Inclusive ISO date or date-time. */
  readonly end: string;
  readonly precision: Precision;
  /** TIMEX3 value, e.g. `2022-04-10`, `2022-W15`, `PAST_REF`. */
  readonly value: string;
  /** True when the date is not stated but inferred (e.g. "on or before" the publication date). */
  readonly approximate: boolean;
  readonly mod?: TimexMod;
  /** How the date was resolved, for the details panel. */
  readonly explanation?: string;
}

/** A span of an article body (UTF-16 offsets, end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The temporal expression of a mention, as stored in the chronology. */
export interface MentionTimex extends Span {
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: TimexMod;
  /** Parsers and refiners that produced it. */
  readonly tags?: readonly string[];
}

/** One place in one article that reports an event. */
export interface Mention {
  /** Article id. */
  readonly article: string;
  readonly sentence: Span;
  /** Absent when the event is undated in the text and placed relative to publication. */
  readonly timex?: MentionTimex;
  /**
   * The word (or phrasal verb) that names the happening in this sentence: "killed", "broke out",
   * "attack". Absent in chronologies written before triggers were recorded.
   */
  readonly trigger?: Span;
  /** Counts this mention states, kept so disagreements between sources stay visible. */
  readonly fatalities?: number;
  readonly injured?: number;
}

/** A person, organization or group taking part in an event. */
export interface Actor {
  readonly name: string;
  readonly role?: string;
  readonly kind?: 'person' | 'organization' | 'group';
}

/** A place, with coordinates when the gazetteer resolves it. */
export interface Place {
  readonly name: string;
  readonly kind?: 'country' | 'province' | 'district' | 'city' | 'region' | 'other';
  /** Enclosing admin unit, e.g. the province of a district. */
  readonly within?: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** Event types modelled on ACLED's, plus statements and meetings, in display order. */
export const EVENT_TYPES = [
  'battle',
  'explosion',
  'violence-against-civilians',
  'protest',
  'riot',
  'strategic-development',
  'statement',
  'meeting',
  'other',
] as const;

/** One of `EVENT_TYPES`. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Whether an event had happened when reported. `planned`: announced, scheduled or forecast, not yet
 * happened at publication ("will visit on 20 July", "is due to meet next week"). An event without a
 * status is told as having happened.
 */
export const EVENT_STATUSES = ['planned'] as const;

/** One of `EVENT_STATUSES`. */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** An event of the chronology, possibly merged from several mentions across articles. */
export interface ChronologyEvent {
  readonly id: string;
  readonly title: string;
  readonly when: EventTime;
  /** The earliest publication date among its mentions (`YYYY-MM-DD`). */
  readonly reported: string;
  /** True when the event is the act of reporting itself ("the ministry said …"). */
  readonly isReport?: boolean;
  /** Absent when the event is told as having happened; `planned` when it lay ahead at publication. */
  readonly status?: EventStatus;
  readonly mentions: readonly Mention[];
  /**
   * Whom or what a pronoun of the title stands for, named earlier in its first mention's article:
   * an opening pronoun or description ("He went into …" → "Recep Tayyip Erdogan"), a possessive
   * inside the title ("against his rule" → "Assad's"), "it" after its thing ("a ceasefire"), or
   * "there" (→ "Syria"). The words and a mention of the name (body offsets). The title stays the
   * sentence's own words; `shownTitle` puts the name in brackets.
   */
  readonly referent?: { readonly words: Span; readonly name: Span };
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly type?: EventType;
  readonly fatalities?: number;
  readonly injured?: number;
  readonly arrested?: number;
  /** True when a count is a lower bound read from a vague quantity ("dozens dead" → 24). */
  readonly countsApproximate?: boolean;
  /** Number of distinct sources reporting it. */
  readonly corroboration?: number;
  /** Where sources disagree: the field and the values each article gave. */
  readonly disagreements?: readonly {
    readonly field: string;
    readonly values: Readonly<Record<string, string>>;
  }[];
  /**
   * How this event was merged from per-article events, so the merge can be explained and undone:
   * one entry per original event (the first is the base), naming its id, title, interval and the
   * indices of its mentions in `mentions`, with the similarity score and reason that joined it.
   */
  readonly merged?: readonly MergeRecord[];
  /**
   * How much the event matters to the collection, 0..1: the salience of its day (how many
   * articles, above all later ones, name it), its reports and sources, its type and how central its
   * words are to the collection's topic. Set by the salience stage.
   */
  readonly salience?: number;
  /** True for the key events: the one event an editor would list for each of the collection's key dates. */
  readonly key?: boolean;
  /** True when the event is a running total ("the death toll rose to 9,000"): see `Chronology.tallies`. */
  readonly tally?: true;
}

/** What a running total can count. */
export const TALLY_MEASURES = ['deaths', 'injured', 'cases', 'displaced', 'arrested'] as const;

/** One of `TALLY_MEASURES`. */
export type TallyMeasure = (typeof TALLY_MEASURES)[number];

/** A cumulative figure one source reported on one day: a point of a tally line. */
export interface Tally {
  readonly source: string;
  readonly article: string;
  /** Publication date of the article, `YYYY-MM-DD`: the figure as known that day. */
  readonly date: string;
  readonly value: number;
  readonly measure: TallyMeasure;
  /** The sentence it was read from. */
  readonly text: string;
  /** The event whose report it is, when there is one. */
  readonly event?: string;
}

/** How much the collection points at one day. */
export interface DateSalience {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** 0..1, the top day of the collection being 1. */
  readonly salience: number;
  /** Articles naming the day. */
  readonly mentions: number;
  /** Articles published after the day that name it. */
  readonly later: number;
  /** Articles published on the day or the day after. */
  readonly published: number;
}

/** One original event folded into a merged event. */
export interface MergeRecord {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  /** Indices into the merged event's `mentions`. */
  readonly mentions: readonly number[];
  /** Similarity to the event it joined (1 for the base). */
  readonly score: number;
  readonly reason: string;
}

/** The file format the CLI writes and the app reads. */
export interface Chronology {
  readonly version: 1;
  readonly articles: readonly ArticleMeta[];
  readonly events: readonly ChronologyEvent[];
  /** Inputs rejected while building it, so nothing is lost silently. */
  readonly errors?: readonly IngestError[];
  /** The days the collection points at most, best first (salience stage). */
  readonly dates?: readonly DateSalience[];
  /** Running totals, per source and day, drawn as lines rather than events (salience stage). */
  readonly tallies?: readonly Tally[];
}
