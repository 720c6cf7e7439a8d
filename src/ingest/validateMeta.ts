import type { IngestError } from '../model/article.ts';

/** Article metadata before validation: whatever front matter or a JSONL line held. */
export type RawMeta = Record<string, unknown>;

/** Validated metadata fields; `published` is missing when the input gave no usable date. */
export interface ArticleFields {
  title: string;
  source: string;
  url?: string;
  published?: string;
  language?: string;
}

/** BCP 47 in the shape news metadata uses: `en`, `en-GB`, `fa-AF`, `zh-Hans-CN`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

const KEPT_UNDATED =
  'the article is kept: its absolute dates are used, its relative dates are left unresolved';

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
 * line it stands on, so problems point at the right line of the file. Only a missing or unusable
 * title rejects the article; a bad `url` or `language` is dropped with a warning, and a missing or
 * invalid `published` leaves the article undated (relative dates unresolved, never guessed).
 */
export function validateMeta(
  raw: RawMeta,
  file: string,
  lineOf: (field: string) => number,
  defaults: Partial<ArticleFields> = {},
): { fields?: ArticleFields; errors: IngestError[] } {
  const errors: IngestError[] = [];
  const err = (field: string, message: string) => errors.push({ file, line: lineOf(field), message });
  const warn = (field: string, message: string) =>
    errors.push({ file, line: lineOf(field), message, severity: 'warning' });
  const str = (field: string, report = err): string | undefined => {
    const v = raw[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
    report(
      field,
      `field "${field}" must be a string, got ${Array.isArray(v) ? 'a list' : typeof v}${report === warn ? '; ignored' : ''}`,
    );
    return undefined;
  };
  const title = str('title') ?? defaults.title;
  const source = str('source', warn) ?? defaults.source;
  let url = str('url', warn) ?? defaults.url;
  let language = str('language', warn) ?? defaults.language;
  let published: string | undefined;
  if (raw.published === undefined || raw.published === null) {
    published = defaults.published;
    if (!published) warn('published', `no publication date (field "published", YYYY-MM-DD); ${KEPT_UNDATED}`);
  } else {
    published = normalizePublished(raw.published);
    if (!published)
      err(
        'published',
        `field "published" is not a valid date (YYYY-MM-DD): ${JSON.stringify(String(raw.published))}; ${KEPT_UNDATED}`,
      );
  }
  if (!title) err('title', 'missing field "title"');
  if (url !== undefined && url !== '' && !/^https?:\/\/[^\s<>"]+$/i.test(url)) {
    // Only http(s) addresses become links: javascript:, data: and the like are dropped.
    warn('url', `field "url" is not an http(s) address, dropped: ${JSON.stringify(url.slice(0, 80))}`);
    url = undefined;
  }
  if (language !== undefined && language !== '' && !LANGUAGE_TAG.test(language)) {
    warn(
      'language',
      `field "language" is not a language tag such as "en" or "fa-AF", dropped: ${JSON.stringify(language.slice(0, 40))}`,
    );
    language = undefined;
  }
  if (!title) return { errors };
  const fields: ArticleFields = { title, source: source || 'unknown' };
  if (published) fields.published = published;
  if (url) fields.url = url;
  if (language) fields.language = language;
  return { fields, errors };
}
