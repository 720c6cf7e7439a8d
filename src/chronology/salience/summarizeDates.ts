import type { ChronologyEvent } from '../../model/chronology.ts';
import { eventDay } from './eventSalience.ts';
import {
  centroid,
  contentWords,
  cosine,
  inverseDocumentFrequency,
  type TermVector,
  tfidf,
} from './textVectors.ts';

/** A sentence that speaks about a day: it names the day, or reports an event dated to it. */
export interface CandidateSentence {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One entry of a summarized timeline. */
export interface DateSummary {
  readonly date: string;
  readonly text: string;
  /** Ids of the events of the day the summary covers, most salient first. */
  readonly events: readonly string[];
}

/** Sentences sharing this much of their weighted words say the same thing. */
const NEAR_DUPLICATE = 0.5;
const MIN_WORDS = 6;
const MAX_WORDS = 60;

/**
 * Writes a summary for each of `dates`: the `k` candidate sentences closest to the TF-IDF
 * centroid of the day's sentences (the day's most typical statement, as in DATEWISE's
 * centroid summarizer), skipping a sentence too close to one already chosen for any day.
 * `events` lists the day's events, those reported by a chosen sentence first.
 */
export function summarizeDates(
  dates: readonly string[],
  candidates: readonly CandidateSentence[],
  events: readonly ChronologyEvent[],
  k = 1,
): DateSummary[] {
  const wanted = new Set(dates);
  const fits = (c: CandidateSentence): boolean => {
    const n = c.text.split(/\s+/).length;
    return n >= MIN_WORDS && n <= MAX_WORDS;
  };
  const datesWithFit = new Set(candidates.filter((c) => wanted.has(c.date) && fits(c)).map((c) => c.date));
  // A day whose every sentence is too short or too long still gets one of them rather than nothing.
  const usable = candidates.filter((c) => wanted.has(c.date) && (fits(c) || !datesWithFit.has(c.date)));
  // Identical sentences (syndicated copies) are one candidate: repeating a sentence is not evidence twice.
  const seenText = new Set<string>();
  const unique = usable.filter((c) => {
    const key = `${c.date}\u0000${c.text}`;
    if (seenText.has(key)) return false;
    seenText.add(key);
    return true;
  });
  const words = unique.map((c) => contentWords(c.text));
  const idf = inverseDocumentFrequency(words);
  const vectors = words.map((w) => tfidf(w, idf));
  const byDate = new Map<string, number[]>();
  unique.forEach((c, i) => {
    byDate.set(c.date, [...(byDate.get(c.date) ?? []), i]);
  });
  const eventsByDay = new Map<string, ChronologyEvent[]>();
  for (const e of events) {
    const d = eventDay(e);
    if (d && wanted.has(d)) eventsByDay.set(d, [...(eventsByDay.get(d) ?? []), e]);
  }
  const chosenVectors: TermVector[] = [];
  const out: DateSummary[] = [];
  for (const date of [...wanted].sort()) {
    const members = byDate.get(date) ?? [];
    const middle = centroid(members.map((i) => vectors[i]!));
    const ranked = members
      .map((i) => ({ i, score: cosine(vectors[i]!, middle) }))
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const picked: CandidateSentence[] = [];
    for (const { i } of ranked) {
      if (picked.length >= k) break;
      if (chosenVectors.some((v) => cosine(v, vectors[i]!) >= NEAR_DUPLICATE)) continue;
      picked.push(unique[i]!);
      chosenVectors.push(vectors[i]!);
    }
    const dayEvents = [...(eventsByDay.get(date) ?? [])].sort(
      (a, b) => (b.salience ?? 0) - (a.salience ?? 0) || (a.id < b.id ? -1 : 1),
    );
    const covers = (e: ChronologyEvent): boolean =>
      e.mentions.some((m) =>
        picked.some((s) => s.article === m.article && m.sentence.start < s.end && s.start < m.sentence.end),
      );
    const ids = [...dayEvents.filter(covers), ...dayEvents.filter((e) => !covers(e))].map((e) => e.id);
    // No sentence at all (a day known only from publication dates): the day's main event says it.
    const text = picked.length > 0 ? picked.map((s) => s.text).join(' ') : (dayEvents[0]?.title ?? '');
    out.push({ date, text, events: ids });
  }
  return out;
}
