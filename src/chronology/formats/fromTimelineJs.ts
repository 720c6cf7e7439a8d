import type { IngestError } from '../../model/article.ts';
import type {
  Actor,
  Chronology,
  ChronologyEvent,
  EventTime,
  Mention,
  Place,
} from '../../model/chronology.ts';
import { createArticleIndex, type SourceRef } from './articleIndex.ts';
import { eventTimeFromParts } from './eventTimeFromParts.ts';
import { htmlToText } from './html.ts';
import { isEventType } from './isEventType.ts';

const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'group']);
const PLACE_KINDS: ReadonlySet<string> = new Set([
  'country',
  'province',
  'district',
  'city',
  'region',
  'other',
]);

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** TimelineJS sheets export numbers as strings ("2022", "04"); both are accepted. */
function intOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function count(v: unknown, integer = false): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && (!integer || Number.isInteger(v))
    ? v
    : undefined;
}

/** Reads a TimelineJS date object to ISO text at its own level, or says what is wrong. */
function readDate(v: unknown, field: string): string | undefined | { error: string } {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) return { error: `${field} is not an object` };
  const year = intOf(v.year);
  if (year === undefined || year < 0 || year > 9999)
    return { error: `${field}.year is missing or not a year 0–9999` };
  const parts = [year, intOf(v.month), intOf(v.day), intOf(v.hour), intOf(v.minute)];
  const p2 = (n: number) => String(n).padStart(2, '0');
  let s = String(year).padStart(4, '0');
  if (parts[1] === undefined) return s;
  s += `-${p2(parts[1])}`;
  if (parts[2] === undefined) return s;
  s += `-${p2(parts[2])}`;
  if (parts[3] === undefined) return s;
  return `${s}T${p2(parts[3])}:${p2(parts[4] ?? 0)}`;
}

function readActors(v: unknown): Actor[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((a): Actor[] => {
    if (!isObject(a) || typeof a.name !== 'string') return [];
    const role = str(a.role);
    const kind = str(a.kind);
    return [
      {
        name: a.name,
        ...(role ? { role } : {}),
        ...(kind && ACTOR_KINDS.has(kind) ? { kind: kind as Actor['kind'] } : {}),
      },
    ];
  });
}

function readPlaces(v: unknown): Place[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((p): Place[] => {
    if (!isObject(p) || typeof p.name !== 'string') return [];
    const kind = str(p.kind);
    const within = str(p.within);
    const lat = typeof p.lat === 'number' && Math.abs(p.lat) <= 90 ? p.lat : undefined;
    const lon = typeof p.lon === 'number' && Math.abs(p.lon) <= 180 ? p.lon : undefined;
    return [
      {
        name: p.name,
        ...(kind && PLACE_KINDS.has(kind) ? { kind: kind as Place['kind'] } : {}),
        ...(within ? { within } : {}),
        ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
      },
    ];
  });
}

function readSources(v: unknown): SourceRef[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((s): SourceRef[] => {
    if (!isObject(s) || typeof s.source !== 'string' || !s.source) return [];
    const url = str(s.url);
    return [{ source: s.source, ...(url ? { url } : {}) }];
  });
}

/**
 * The event time: the `chronoscope` extension's exact interval when it agrees with the
 * slide's dates (someone may have edited the slide in TimelineJS since), else the dates alone.
 */
function readWhen(ext: Json, start: string, end: string | undefined): EventTime | string {
  const w = ext.when;
  if (isObject(w) && typeof w.start === 'string' && typeof w.end === 'string') {
    const agrees = w.start.startsWith(start) && (end === undefined || w.end.startsWith(end));
    if (agrees) {
      const exact = eventTimeFromParts({
        start: w.start,
        end: w.end,
        precision: str(w.precision),
        value: str(w.value),
        approximate: w.approximate === true,
        mod: str(w.mod),
      });
      if (typeof exact !== 'string') {
        const explanation = str(w.explanation);
        return explanation ? { ...exact, explanation } : exact;
      }
    }
  }
  return eventTimeFromParts({ start, ...(end ? { end } : {}) });
}

/**
 * Reads a TimelineJS3 JSON document (already parsed). Slides made by `toTimelineJs` come back
 * whole through their `chronoscope` key; other TimelineJS files load with what they have: dates,
 * headline, text (tags stripped) and group. A bad slide yields an error naming it (line 0: JSON
 * has no useful line), and the other slides still load.
 */
export function fromTimelineJs(
  json: unknown,
  fileName = 'timeline.json',
): { chronology: Chronology; errors: IngestError[] } {
  const errors: IngestError[] = [];
  const empty: Chronology = { version: 1, articles: [], events: [] };
  if (!isObject(json) || !Array.isArray(json.events)) {
    errors.push({
      file: fileName,
      line: 0,
      message: 'not a TimelineJS document: expected an object with an "events" array',
    });
    return { chronology: empty, errors };
  }
  const fileBase = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'timeline';
  const index = createArticleIndex();
  const events: ChronologyEvent[] = [];
  const seen = new Set<string>();
  json.events.forEach((slide: unknown, i) => {
    const id =
      isObject(slide) && typeof slide.unique_id === 'string' && slide.unique_id ? slide.unique_id : undefined;
    const label = `event ${i + 1}${id ? ` ("${id}")` : ''}`;
    const event = readSlide(slide, id ?? `${fileBase}-${i + 1}`, fileBase, index);
    if (typeof event === 'string') errors.push({ file: fileName, line: 0, message: `${label}: ${event}` });
    else if (seen.has(event.id))
      errors.push({ file: fileName, line: 0, message: `${label}: duplicate unique_id` });
    else {
      seen.add(event.id);
      events.push(event);
    }
  });
  return { chronology: { version: 1, articles: index.articles(), events }, errors };
}

function readSlide(
  slide: unknown,
  id: string,
  fileBase: string,
  index: ReturnType<typeof createArticleIndex>,
): ChronologyEvent | string {
  if (!isObject(slide)) return 'is not an object';
  const start = readDate(slide.start_date, 'start_date');
  if (start === undefined) return 'has no start_date';
  if (typeof start !== 'string') return start.error;
  const end = readDate(slide.end_date, 'end_date');
  if (end !== undefined && typeof end !== 'string') return end.error;
  const ext = isObject(slide.chronoscope) ? slide.chronoscope : {};
  const when = readWhen(ext, start, end);
  if (typeof when === 'string') return when;
  const text = isObject(slide.text) ? slide.text : {};
  const body = htmlToText(str(text.text) ?? '');
  const title = htmlToText(str(text.headline) ?? '') || body.split('\n')[0]!.slice(0, 120);
  if (!title) return 'has neither a headline nor text';
  const reportedExt = str(ext.reported);
  const reported =
    reportedExt && /^\d{4}-\d{2}-\d{2}$/.test(reportedExt) ? reportedExt : when.end.slice(0, 10);
  const typeText = str(ext.type) ?? str(slide.group)?.toLowerCase();
  const type = typeText && isEventType(typeText) ? typeText : undefined;
  const sentence = str(ext.sentence) ?? body;
  const span = { start: 0, end: sentence.length, text: sentence };
  const sources = readSources(ext.sources);
  if (sources.length === 0) sources.push({ source: fileBase });
  const mentions: Mention[] = sources.map((s) => ({ article: index.cite(s, reported), sentence: span }));
  const counts: Record<string, number> = {};
  for (const k of ['fatalities', 'injured', 'arrested', 'corroboration'] as const) {
    const n = count(ext[k], k === 'corroboration');
    if (n !== undefined) counts[k] = n;
  }
  return {
    id,
    title,
    when,
    reported,
    mentions,
    actors: readActors(ext.actors),
    places: readPlaces(ext.places),
    ...(type ? { type } : {}),
    ...counts,
  };
}
