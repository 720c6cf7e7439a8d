import type { ArticleMeta } from '../model/article.ts';
import {
  type Chronology,
  type ChronologyEvent,
  EVENT_TYPES,
  type EventType,
  type Mention,
  type Place,
} from '../model/chronology.ts';
import type { Precision } from '../model/timex.ts';

/** A small, fast, seeded PRNG (mulberry32), so synthetic data is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vocabulary shared with the columnar generator (`syntheticColumns.ts`). */
export const TYPES: readonly EventType[] = EVENT_TYPES;
export const PLACES: readonly Place[] = [
  { name: 'Aleppo', kind: 'city', within: 'Syria', lat: 36.2, lon: 37.16 },
  { name: 'Damascus', kind: 'city', within: 'Syria', lat: 33.51, lon: 36.29 },
  { name: 'Homs', kind: 'city', within: 'Syria', lat: 34.73, lon: 36.71 },
  { name: 'Idlib', kind: 'province', within: 'Syria', lat: 35.93, lon: 36.63 },
  { name: 'Raqqa', kind: 'city', within: 'Syria', lat: 35.95, lon: 39.01 },
  { name: 'Kabul', kind: 'city', within: 'Afghanistan', lat: 34.53, lon: 69.17 },
  { name: 'Kandahar', kind: 'city', within: 'Afghanistan', lat: 31.61, lon: 65.71 },
  { name: 'Badakhshan', kind: 'province', within: 'Afghanistan', lat: 36.73, lon: 70.81 },
  { name: 'Geneva', kind: 'city', within: 'Switzerland', lat: 46.2, lon: 6.14 },
  { name: 'Beirut', kind: 'city', within: 'Lebanon', lat: 33.89, lon: 35.5 },
];
export const ACTORS = [
  'Government forces',
  'Rebel groups',
  'United Nations',
  'Red Crescent',
  'Local residents',
  'Ministry of Defense',
];
export const SOURCES = ['BBC', 'Reuters', 'The Guardian', 'Al Jazeera', 'AP'];
export const VERBS: Record<EventType, string> = {
  battle: 'Clashes reported near',
  explosion: 'Explosion hits',
  'violence-against-civilians': 'Civilians attacked in',
  protest: 'Protest held in',
  riot: 'Unrest breaks out in',
  'strategic-development': 'Forces withdraw from',
  statement: 'Officials comment on situation in',
  meeting: 'Talks held in',
  other: 'Incident in',
};
const DAY = 86_400_000;

/** `YYYY-MM-DD` of UTC ms. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Options of {@link syntheticChronology}. */
export interface SyntheticOptions {
  readonly seed?: number;
  /** First day of the span, `YYYY-MM-DD`. */
  readonly from?: string;
  readonly days?: number;
}

/**
 * A schema-valid chronology of `n` plausible events with seeded randomness: bursts of activity,
 * a mix of precisions (mostly days, some weeks, months, "on or before" and vague), several sources.
 */
export function syntheticChronology(n: number, options: SyntheticOptions = {}): Chronology {
  const rand = seededRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const from = Date.parse(`${options.from ?? '2011-03-01'}T00:00:00Z`);
  const days = options.days ?? 365 * 4;
  const articleCount = Math.max(1, Math.ceil(n / 4));
  const articles: (ArticleMeta & { published: string })[] = [];
  for (let i = 0; i < articleCount; i++) {
    const published = isoDay(from + Math.floor(rand() * days) * DAY);
    const source = pick(SOURCES);
    articles.push({
      id: `a${i}`,
      title: `${source} report ${i + 1}`,
      source,
      published,
      url: `https://example.org/a${i}`,
    });
  }
  // Bursts: a few centres where events cluster, as in real conflicts.
  const centres = Array.from({ length: 12 }, () => from + rand() * days * DAY);
  const events: ChronologyEvent[] = [];
  for (let i = 0; i < n; i++) {
    const art = articles[Math.floor(rand() * articleCount)]!;
    const published = Date.parse(`${art.published}T00:00:00Z`);
    const burst = rand() < 0.6;
    const base = burst ? pick(centres) + (rand() - 0.5) * 40 * DAY : from + rand() * days * DAY;
    const day = Math.min(published, Math.floor(base / DAY) * DAY);
    const r = rand();
    const precision: Precision =
      r < 0.7 ? 'day' : r < 0.8 ? 'week' : r < 0.88 ? 'month' : r < 0.95 ? 'time' : 'vague';
    const approximate = precision === 'day' && rand() < 0.15;
    let start = day;
    let end = day;
    if (precision === 'week') end = day + 6 * DAY;
    if (precision === 'month') {
      const d = new Date(day);
      start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    }
    if (approximate || precision === 'vague') start = day - 7 * DAY;
    const type = pick(TYPES);
    const place = pick(PLACES);
    const fatalities = type === 'battle' || type === 'explosion' ? Math.floor(rand() ** 3 * 60) : 0;
    const title = `${VERBS[type]} ${place.name}`;
    const sentence = `${title} on ${isoDay(day)}, ${art.source} said.`;
    const timexStart = title.length + 4;
    const mention: Mention = {
      article: art.id,
      sentence: { start: 0, end: sentence.length, text: sentence },
      ...(precision === 'vague' || approximate
        ? {}
        : {
            timex: {
              start: timexStart,
              end: timexStart + 10,
              text: isoDay(day),
              type: 'DATE',
              value: isoDay(day),
            },
          }),
      ...(fatalities ? { fatalities } : {}),
    };
    const corroboration = 1 + Math.floor(rand() ** 4 * 5);
    const whenStart =
      precision === 'time'
        ? new Date(day + Math.floor(rand() * 24) * 3_600_000).toISOString().slice(0, 16)
        : isoDay(start);
    events.push({
      id: `s${i}`,
      title,
      when: {
        start: whenStart,
        end: precision === 'time' ? whenStart : isoDay(end),
        precision,
        value: precision === 'vague' ? 'PAST_REF' : isoDay(day),
        approximate: approximate || precision === 'vague',
        ...(approximate ? { mod: 'ON_OR_BEFORE' as const } : {}),
        explanation: approximate
          ? `on or before the publication date (${art.published})`
          : `stated as ${isoDay(day)}`,
      },
      reported: art.published,
      mentions: [mention],
      actors: [{ name: pick(ACTORS), kind: 'group' }],
      places: [place],
      type,
      ...(fatalities ? { fatalities } : {}),
      corroboration,
    });
  }
  return { version: 1, articles, events };
}
