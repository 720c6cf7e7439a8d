import type { Chronology } from './chronology.ts';
// Precompiled by scripts/build-validator.ts: Ajv's runtime compiler uses eval, which the page's
// Content-Security-Policy forbids.
import {
  validateChronology as compiled,
  type GeneratedValidator,
  validateArticle,
  validateEvent,
  validateIngestError,
} from './chronologyValidators.generated.js';

/** The outcome of validating untrusted JSON against the chronology schema. */
export type ValidationResult = { ok: true; chronology: Chronology } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value against `chronology.schema.json`. Each error names the JSON
 * path of the bad field, e.g. `/events/3/when/precision: must be equal to one of the allowed values`.
 */
export function validateChronology(data: unknown): ValidationResult {
  if (compiled(data)) return { ok: true, chronology: data as unknown as Chronology };
  const errors = (compiled.errors ?? []).slice(0, 20).map((e) => {
    const path = e.instancePath || '/';
    const extra =
      e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    return `${path}: ${e.message ?? 'is invalid'}${extra}`;
  });
  return { ok: false, errors };
}

const PARTS: Record<string, GeneratedValidator> = {
  article: validateArticle,
  event: validateEvent,
  ingestError: validateIngestError,
};

/** What could be kept of an invalid chronology: its valid parts and a message per invalid item. */
export interface Salvage {
  readonly chronology: Chronology;
  /** Invalid items left out, per list. */
  readonly dropped: { readonly events: number; readonly articles: number; readonly errors: number };
  readonly total: { readonly events: number; readonly articles: number };
  /** One message per dropped item (the first at most 20), naming the path of the bad field. */
  readonly messages: readonly string[];
}

/**
 * Keeps the valid articles, events and errors of a chronology that fails the schema as a whole,
 * so a file with a few bad events still opens. Undefined when the top level itself is unusable
 * (not an object, wrong version, no `events` list).
 */
export function salvageChronology(data: unknown): Salvage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  if (o.version !== 1 || !Array.isArray(o.events)) return undefined;
  const messages: string[] = [];
  const keep = (list: unknown, name: string, definition: string): unknown[] => {
    if (!Array.isArray(list)) return [];
    const check = PARTS[definition]!;
    return list.filter((item, i) => {
      if (check(item)) return true;
      const e = check.errors?.[0];
      if (messages.length < 20)
        messages.push(`/${name}/${i}${e?.instancePath ?? ''}: ${e?.message ?? 'is invalid'}`);
      return false;
    });
  };
  const articles = keep(o.articles, 'articles', 'article');
  const events = keep(o.events, 'events', 'event');
  const errors = Array.isArray(o.errors) ? keep(o.errors, 'errors', 'ingestError') : [];
  const chronology = {
    version: 1,
    articles,
    events,
    ...(errors.length ? { errors } : {}),
  } as unknown as Chronology;
  if (!compiled(chronology)) return undefined;
  return {
    chronology,
    dropped: {
      events: o.events.length - events.length,
      articles: (Array.isArray(o.articles) ? o.articles.length : 0) - articles.length,
      errors: (Array.isArray(o.errors) ? o.errors.length : 0) - errors.length,
    },
    total: { events: o.events.length, articles: Array.isArray(o.articles) ? o.articles.length : 0 },
    messages,
  };
}
