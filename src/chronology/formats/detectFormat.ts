/** The kinds of file the app and CLI can open. */
export type InputFormat = 'chronology' | 'csv' | 'timelinejs' | 'articles' | 'unknown';

const ARTICLE_EXTENSIONS = new Set(['md', 'markdown', 'txt', 'text', 'html', 'htm', 'jsonl', 'ndjson']);

function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function classifyJson(value: unknown): InputFormat {
  if (Array.isArray(value)) {
    // A JSON array of article objects, as some scrapers write.
    const first: unknown = value[0];
    return typeof first === 'object' && first !== null && 'text' in first ? 'articles' : 'unknown';
  }
  if (typeof value !== 'object' || value === null) return 'unknown';
  const o = value as Record<string, unknown>;
  if (!Array.isArray(o.events)) return 'text' in o && 'published' in o ? 'articles' : 'unknown';
  if (o.version === 1 && Array.isArray(o.articles)) return 'chronology';
  const first: unknown = o.events[0];
  if (typeof first === 'object' && first !== null && 'start_date' in first) return 'timelinejs';
  // An empty TimelineJS file still has its title slide.
  if (o.events.length === 0 && typeof o.title === 'object') return 'timelinejs';
  return 'unknown';
}

/** A first line that names a date column and a title column, as `fromEventsCsv` requires. */
function looksLikeCsvHeader(line: string): boolean {
  const cells = line
    .toLowerCase()
    .split(/[,\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells.length < 2) return false;
  const hasDate = cells.some((c) => c === 'start' || c === 'date' || c === 'start_date');
  const hasTitle = cells.some((c) => c === 'title' || c === 'headline' || c === 'event');
  return hasDate && hasTitle;
}

/**
 * Guesses what a dropped or named file is, from its extension and then its content: JSON with
 * `version: 1` and `articles` is a chronology, JSON whose events have `start_date` is TimelineJS,
 * `.csv`/`.tsv` (or a text whose first line is an events header) is CSV, and Markdown, text,
 * HTML and JSONL are articles. Returns 'unknown' rather than guessing wildly.
 */
export function detectFormat(fileName: string, content: string): InputFormat {
  const ext = extensionOf(fileName);
  const body = content.replace(/^\uFEFF/, '').trimStart();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'articles';
  if (ext === 'json' || (ext === '' && (body.startsWith('{') || body.startsWith('[')))) {
    try {
      return classifyJson(JSON.parse(body));
    } catch {
      // Several JSON objects, one a line, without the .jsonl extension.
      return ext === '' && body.startsWith('{') && body.includes('\n') ? 'articles' : 'unknown';
    }
  }
  if (body === '') return 'unknown';
  if (looksLikeCsvHeader(body.slice(0, body.search(/\r|\n|$/)))) return 'csv';
  if (ARTICLE_EXTENSIONS.has(ext) || ext === '') return 'articles';
  return 'unknown';
}
