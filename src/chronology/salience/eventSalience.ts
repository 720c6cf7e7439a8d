import type { ChronologyEvent } from '../../model/chronology.ts';
import { centrality } from './centrality.ts';
import type { DateScore } from './dateSalience.ts';
import { isCumulative } from './tallies.ts';
import { contentWords, cosine, type TermVector, tfidf } from './textVectors.ts';

/** Options of {@link rankEvents}. */
export interface RankOptions {
  /** Number of key dates; by default grows with the square root of the dated days reported. */
  readonly keyDates?: number;
}

/** What each event gets from the ranking, by position. */
export interface EventRanking {
  readonly salience: number;
  readonly key: boolean;
  readonly tally: boolean;
}

/**
 * How much an event type tends to make an editor's timeline: what happened outweighs what was said
 * about it; the act of reporting itself weighs least.
 */
const TYPE_WEIGHT: Readonly<Record<string, number>> = {
  battle: 1,
  explosion: 1,
  'violence-against-civilians': 1,
  protest: 0.95,
  riot: 0.95,
  'strategic-development': 1,
  meeting: 0.85,
  statement: 0.7,
  other: 0.9,
};

/** Two titles saying the same thing: most content words shared. */
const DUPLICATE = 0.6;

/** The day an event is pinned to, or null when it is not dated to a day. */
export function eventDay(e: ChronologyEvent): string | null {
  if (e.when.approximate) return null;
  if (e.when.precision !== 'day' && e.when.precision !== 'time') return null;
  return e.when.start.slice(0, 10);
}

/**
 * True when an event's title, or most of its reports, give a running total rather than one
 * happening. Reports count only for a title with a figure: "The quake struck", whose reports say
 * "since the quake struck", or "The start of the uprising" are the happening a total counts from,
 * not a total (Timeline17, 30 tally events read: 20 were no total, the Haiti earthquake among them).
 */
export function isTallyEvent(e: ChronologyEvent): boolean {
  if (isCumulative(e.title)) return true;
  if (!/\d/.test(e.title)) return false;
  const cumulative = e.mentions.filter((m) => isCumulative(m.sentence.text)).length;
  return cumulative * 2 > e.mentions.length;
}

function eventWords(e: ChronologyEvent): string[] {
  return contentWords([e.title, ...e.mentions.map((m) => m.sentence.text)].join(' '));
}

/** The default number of key dates for a collection reporting on `days` distinct days. */
export function defaultKeyDates(days: number): number {
  return Math.max(3, Math.min(60, Math.round(2 * Math.sqrt(days))));
}

/**
 * Ranks events by salience in 0..1: the salience of their day across the collection (half the
 * weight), how many articles and sources report them, and how central their words are to the
 * collection's topic (cosine to the TF-IDF centroid of all events), scaled by a type weight.
 * Tallies keep a small salience and are never key. The key events are the most salient event of
 * each of the top key dates, skipping any whose title repeats an earlier key event.
 */
export function rankEvents(
  events: readonly ChronologyEvent[],
  dates: readonly DateScore[],
  options: RankOptions = {},
): EventRanking[] {
  const n = events.length;
  if (n === 0) return [];
  const dateSalience = new Map(dates.map((d) => [d.date, d.salience]));
  const { central, idf } = centrality(events.map(eventWords));
  const maxCentral = Math.max(...central, 1e-9);
  const articles = events.map((e) => new Set(e.mentions.map((m) => m.article)).size);
  const maxArticles = Math.max(...articles, 1);
  const sources = events.map((e) => e.corroboration ?? 1);
  const maxSources = Math.max(...sources, 1);
  const tally = events.map(isTallyEvent);
  const salience = events.map((e, i) => {
    const day = eventDay(e);
    const ds = day ? (dateSalience.get(day) ?? 0) : 0;
    const support = Math.log1p(articles[i]!) / Math.log1p(maxArticles);
    const spread = maxSources > 1 ? Math.log1p(sources[i]!) / Math.log1p(maxSources) : support;
    const topical = central[i]! / maxCentral;
    let s = 0.5 * ds + 0.2 * support + 0.1 * spread + 0.2 * topical;
    s *= TYPE_WEIGHT[e.type ?? 'other'] ?? 0.9;
    if (e.isReport) s *= 0.6;
    if (e.status === 'planned') s *= 0.8;
    if (tally[i]) s *= 0.3;
    return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
  });
  const eventDays = new Set(events.map(eventDay).filter((d): d is string => d !== null));
  const keyCount = options.keyDates ?? defaultKeyDates(eventDays.size);
  const byDay = new Map<string, number[]>();
  events.forEach((e, i) => {
    const d = eventDay(e);
    if (!d || tally[i]) return;
    const list = byDay.get(d);
    if (list) list.push(i);
    else byDay.set(d, [i]);
  });
  const key = new Uint8Array(n);
  const keyVectors: TermVector[] = [];
  let taken = 0;
  for (const d of dates) {
    if (taken >= keyCount) break;
    const candidates = (byDay.get(d.date) ?? []).sort((a, b) => salience[b]! - salience[a]! || a - b);
    const title = (i: number): TermVector => tfidf(contentWords(events[i]!.title), idf);
    const pick = candidates.find((i) => keyVectors.every((v) => cosine(v, title(i)) < DUPLICATE));
    if (pick === undefined) continue;
    key[pick] = 1;
    keyVectors.push(title(pick));
    taken++;
  }
  return events.map((_, i) => ({ salience: salience[i]!, key: key[i] === 1, tally: tally[i]! }));
}
