import type { IngestError } from '../model/article.ts';

/** Article metadata before validation: whatever front matter or a JSONL line held. */
export type RawMeta = Record<string, unknown>;

/** Validated metadata fields. */
export interface ArticleFields {
  title: string;
  source: string;
  url?: string;
  published: string;
  language?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD` (rejects 2022-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Normalizes a `published` value: YAML may hand us a Date, a date-time string or a plain date. */
function normalizePublished(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  const head = /^\d{4}-\d{2}-\d{2}/.exec(s)?.[0];
  return head && isIsoDate(head) ? head : undefined;
}

/**
 * Checks metadata fields and returns them, or the errors found. `lineOf` maps a field name to the
 * line it stands on, so errors point at the right line of the file.
 */
export function validateMeta(
  raw: RawMeta,
  file: string,
  lineOf: (field: string) => number,
  defaults: Partial<ArticleFields> = {},
): { fields?: ArticleFields; errors: IngestError[] } {
  const errors: IngestError[] = [];
  const err = (field: string, message: string) => errors.push({ file, line: lineOf(field), message });
  const str = (field: string): string | undefined => {
    const v = raw[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
    err(field, `field "${field}" must be a string, got ${Array.isArray(v) ? 'a list' : typeof v}`);
    return undefined;
  };
  const title = str('title') ?? defaults.title;
  const source = str('source') ?? defaults.source;
  const url = str('url') ?? defaults.url;
  const language = str('language') ?? defaults.language;
  let published: string | undefined;
  if (raw.published === undefined || raw.published === null) {
    published = defaults.published;
    if (!published) err('published', 'missing field "published" (the publication date, YYYY-MM-DD)');
  } else {
    published = normalizePublished(raw.published);
    if (!published)
      err(
        'published',
        `field "published" is not a valid date (YYYY-MM-DD): ${JSON.stringify(String(raw.published))}`,
      );
  }
  if (!title) err('title', 'missing field "title"');
  if (url !== undefined && url !== '' && !/^https?:\/\/\S+$/i.test(url)) {
    err('url', `field "url" is not an http(s) address: ${JSON.stringify(url)}`);
  }
  if (errors.length > 0 || !title || !published) return { errors };
  const fields: ArticleFields = { title, source: source || 'unknown', published };
  if (url) fields.url = url;
  if (language) fields.language = language;
  return { fields, errors };
}
