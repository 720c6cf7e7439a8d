import type {
  Actor,
  Chronology,
  ChronologyEvent,
  EventTime,
  EventType,
  Place,
} from '../../model/chronology.ts';
import { shownTitle } from '../../model/shownTitle.ts';
import { orderEvents } from '../order.ts';
import type { SourceRef } from './articleIndex.ts';
import { eventTimeFromParts } from './eventTimeFromParts.ts';
import { escapeHtml } from './html.ts';

/** A TimelineJS3 date: components as written, no time zone. */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly display_date?: string;
}

/** Slide text. TimelineJS renders both fields as HTML, so they hold escaped text. */
export interface TimelineJsText {
  readonly headline: string;
  readonly text: string;
}

/**
 * What TimelineJS has no field for, kept so a Chronoscope → TimelineJS → Chronoscope trip is
 * lossless. TimelineJS ignores unknown keys.
 */
export interface ChronoscopeExtras {
  readonly when: EventTime;
  readonly reported: string;
  readonly type?: EventType;
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly fatalities?: number;
  readonly injured?: number;
  readonly arrested?: number;
  readonly corroboration?: number;
  readonly sources: readonly SourceRef[];
  readonly sentence: string;
}

/** One TimelineJS3 slide. */
export interface TimelineJsEvent {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: TimelineJsText;
  readonly group?: string;
  readonly unique_id: string;
  readonly chronoscope?: ChronoscopeExtras;
}

/** A TimelineJS3 JSON document (`new TL.Timeline(el, document)`). */
export interface TimelineJsDocument {
  readonly title?: { readonly text: TimelineJsText };
  readonly events: readonly TimelineJsEvent[];
}

type Level = 'year' | 'month' | 'day' | 'time';

const LEVEL_OF: Readonly<Record<EventTime['precision'], Level>> = {
  time: 'time',
  day: 'day',
  week: 'day',
  month: 'month',
  season: 'month',
  quarter: 'month',
  year: 'year',
  decade: 'year',
  vague: 'day',
};

/** The ISO text a TimelineJS date stands for at its own level (`2022`, `2022-04`, `2022-04-10T14:30`). */
function dateText(d: TimelineJsDate): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  let s = String(d.year).padStart(4, '0');
  if (d.month === undefined) return s;
  s += `-${p2(d.month)}`;
  if (d.day === undefined) return s;
  s += `-${p2(d.day)}`;
  if (d.hour === undefined) return s;
  return `${s}T${p2(d.hour)}:${p2(d.minute ?? 0)}`;
}

function dateAt(iso: string, level: Level): TimelineJsDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso)!;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (level === 'year') return { year };
  if (level === 'month') return { year, month };
  if (level === 'day' || m[4] === undefined) return { year, month, day };
  return { year, month, day, hour: Number(m[4]), minute: Number(m[5]) };
}

/** The coarsest date at `level` that still reads back as exactly `iso`, else a finer one. */
function exactDate(iso: string, level: Level, edge: 'start' | 'end'): TimelineJsDate {
  const d = dateAt(iso, level);
  const back = eventTimeFromParts({ start: dateText(d) });
  if (typeof back !== 'string' && (edge === 'start' ? back.start : back.end) === iso) return d;
  return dateAt(iso, iso.includes('T') ? 'time' : 'day');
}

function slideText(e: ChronologyEvent, sources: readonly SourceRef[]): string {
  const paragraphs: string[] = [];
  const sentence = e.mentions[0]?.sentence.text;
  if (sentence) paragraphs.push(`<p>${escapeHtml(sentence)}</p>`);
  const facts = [
    e.places.map((p) => p.name).join(', '),
    e.fatalities !== undefined ? `${e.fatalities} killed` : '',
    e.injured !== undefined ? `${e.injured} injured` : '',
    e.arrested !== undefined ? `${e.arrested} arrested` : '',
  ].filter(Boolean);
  if (facts.length) paragraphs.push(`<p>${escapeHtml(facts.join(' · '))}</p>`);
  if (sources.length) {
    const links = sources.map((s) =>
      // Only web links: a javascript: URL in a source file must not become clickable.
      s.url && /^https?:\/\//i.test(s.url)
        ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.source)}</a>`
        : escapeHtml(s.source),
    );
    paragraphs.push(`<p>Sources: ${links.join(', ')}</p>`);
  }
  return paragraphs.join('');
}

/**
 * Converts events to a TimelineJS3 document, sorted as `orderEvents` does. Dates use the
 * components their precision states (a month event has no day); `end_date` appears only when
 * the interval is not implied by the start. Headline and text are HTML-escaped, since TimelineJS
 * renders them as HTML; the lossless model fields travel in each slide's `chronoscope` key.
 */
export function toTimelineJs(chronology: Chronology, events: readonly ChronologyEvent[]): TimelineJsDocument {
  const articles = new Map(chronology.articles.map((a) => [a.id, a]));
  const slides = orderEvents(events).map((e): TimelineJsEvent => {
    const sources = [...new Set(e.mentions.map((m) => m.article))].map((id): SourceRef => {
      const a = articles.get(id);
      return { source: a?.source ?? id, ...(a?.url ? { url: a.url } : {}) };
    });
    const level = LEVEL_OF[e.when.precision] ?? 'day';
    const start = exactDate(e.when.start, level, 'start');
    const implied = eventTimeFromParts({ start: dateText(start) });
    const needsEnd = typeof implied === 'string' || implied.end !== e.when.end;
    const extras: ChronoscopeExtras = {
      when: e.when,
      reported: e.reported,
      actors: e.actors,
      places: e.places,
      sources,
      sentence: e.mentions[0]?.sentence.text ?? '',
      ...pickDefined(e, ['type', 'fatalities', 'injured', 'arrested', 'corroboration']),
    };
    return {
      start_date: start,
      ...(needsEnd ? { end_date: exactDate(e.when.end, level, 'end') } : {}),
      text: { headline: escapeHtml(shownTitle(e)), text: slideText(e, sources) },
      ...(e.type ? { group: e.type } : {}),
      unique_id: e.id,
      chronoscope: extras,
    };
  });
  const first = slides[0]?.chronoscope?.when.start.slice(0, 10);
  const last = slides.at(-1)?.chronoscope?.when.end.slice(0, 10);
  const span = first && last ? `, ${first} to ${last}` : '';
  return {
    title: {
      text: {
        headline: 'Chronology',
        text: `<p>${escapeHtml(`${slides.length} events from ${chronology.articles.length} articles${span}`)}</p>`,
      },
    },
    events: slides,
  };
}

function pickDefined<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export { fromTimelineJs } from './fromTimelineJs.ts';
