import type { IngestError, ReadArticle } from '../model/article.ts';
import { htmlToText } from './htmlToText.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { type ArticleFields, isIsoDate, type RawMeta, validateMeta } from './validateMeta.ts';

/** Articles read from one file, and the problems found in it. */
export interface ParsedFile {
  articles: ReadArticle[];
  errors: IngestError[];
}

/** The formats `parseArticleFile` reads, by file extension. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.jsonl'] as const;

/** File name without folder and extension: the article id. */
export function articleIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}

function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
}

/** A date at the start of a file name (`2022-04-12-badakhshan.md`), used when metadata has none. */
function dateFromName(fileName: string): string | undefined {
  const d = /^(\d{4}-\d{2}-\d{2})/.exec(articleIdOf(fileName))?.[1];
  return d && isIsoDate(d) ? d : undefined;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? '';
  const t = line.replace(/^[#\-*>\s]+/, '').trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

function article(id: string, fields: ArticleFields, text: string, file: string, line: number): ReadArticle {
  return { id, ...fields, text, origin: { file, line } };
}

/** Markdown and plain text: optional YAML front matter, then the body. */
function parseTextLike(fileName: string, content: string): ParsedFile {
  const fm = parseFrontMatter(content);
  if (fm.problems.length > 0) {
    return {
      articles: [],
      errors: fm.problems.map((p) => ({ file: fileName, line: p.line, message: p.message })),
    };
  }
  // Leading blank lines after the front matter are not part of the article.
  const text = fm.body.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
  if (text.trim().length === 0) {
    return {
      articles: [],
      errors: [{ file: fileName, line: fm.bodyLine, message: 'the article has no text' }],
    };
  }
  const published = dateFromName(fileName);
  const { fields, errors } = validateMeta(fm.data, fileName, (f) => fm.keyLines[f] ?? 1, {
    title: fm.present ? undefined : firstLine(text),
    ...(published ? { published } : {}),
  });
  if (!fields) return { articles: [], errors };
  return { articles: [article(articleIdOf(fileName), fields, text, fileName, 1)], errors };
}

/** `en_US` (og:locale) → `en-US`. */
function languageTag(v: string | undefined): string | undefined {
  return v?.replace(/_/g, '-');
}

function parseHtml(fileName: string, content: string): ParsedFile {
  const { text, meta, warning } = htmlToText(content);
  if (text.length === 0)
    return { articles: [], errors: [{ file: fileName, line: 1, message: 'the page has no text' }] };
  const published =
    meta['article:published_time'] ??
    meta.datepublished ??
    meta.publishedtime ??
    meta.date ??
    meta.pubdate ??
    meta['dc.date'] ??
    dateFromName(fileName);
  const raw: RawMeta = {
    title: meta['og:title'] ?? meta.headline ?? meta.title ?? firstLine(text),
    source: meta['og:site_name'] ?? meta.author ?? 'unknown',
    url: meta.canonical ?? meta['og:url'],
    published,
    language: meta.language ?? meta.lang ?? languageTag(meta['og:locale']),
  };
  const { fields, errors } = validateMeta(raw, fileName, () => 1);
  if (warning) errors.unshift({ file: fileName, line: 1, message: warning, severity: 'warning' });
  return fields
    ? { articles: [article(articleIdOf(fileName), fields, text, fileName, 1)], errors }
    : { articles: [], errors };
}

/** JSON Lines: one article a line (`id`, `title`, `source`, `url`, `published`, `text`). */
function parseJsonl(fileName: string, content: string): ParsedFile {
  const articles: ReadArticle[] = [];
  const errors: IngestError[] = [];
  const lines = content.split('\n');
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    if (rawLine.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(rawLine);
    } catch (e) {
      errors.push({ file: fileName, line, message: `invalid JSON: ${(e as Error).message}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ file: fileName, line, message: 'each line must be a JSON object' });
      return;
    }
    const raw = value as RawMeta;
    const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id).trim() : '';
    const text = typeof raw.text === 'string' ? raw.text : '';
    if (!id) errors.push({ file: fileName, line, message: 'missing field "id"' });
    if (!text.trim()) errors.push({ file: fileName, line, message: 'missing field "text"' });
    if (!id || !text.trim()) return;
    const v = validateMeta(raw, fileName, () => line, { title: firstLine(text) });
    for (const e of v.errors) errors.push(e);
    if (v.fields) articles.push(article(id, v.fields, text, fileName, line));
  });
  return { articles, errors };
}

/**
 * Reads one article file of any supported format from its name and content. Never throws: a bad
 * file or line becomes an `IngestError` naming the file, the line and the problem.
 */
export function parseArticleFile(fileName: string, content: string): ParsedFile {
  const ext = extensionOf(fileName);
  switch (ext) {
    case '.md':
    case '.markdown':
    case '.txt':
      return parseTextLike(fileName, content);
    case '.html':
    case '.htm':
      return parseHtml(fileName, content);
    case '.jsonl':
      return parseJsonl(fileName, content);
    default:
      return {
        articles: [],
        errors: [
          {
            file: fileName,
            line: 0,
            message: `unsupported file type "${ext || '(none)'}" (use .md, .txt, .html or .jsonl)`,
          },
        ],
      };
  }
}

/** Options of `parseArticleFiles`. */
export interface ParseOptions {
  /** Longest article text accepted, in characters (about bytes for English); longer ones are refused. */
  readonly maxArticleSize?: number;
}

/**
 * The default article size limit. The pipeline is linear in the tagger but not quite in event
 * merging: 4 MB takes about 8 s, 21 MB over two minutes on a 2-core machine. Longer articles are
 * almost always whole corpora or dumps pasted into one file.
 */
export const DEFAULT_MAX_ARTICLE_SIZE = 10_000_000;

/** `1.5 MB` for messages. */
export function formatSize(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.ceil(chars / 1e3)} kB`;
}

/**
 * Reads many files and drops later duplicates of an article id, reporting each; the result is in
 * input order so the caller decides the order (the CLI sorts file names). Articles longer than
 * `maxArticleSize` are refused with a message naming the limit and how to raise it. One file's
 * failure never loses the others: anything thrown is reported against that file.
 */
export function parseArticleFiles(
  files: readonly { name: string; content: string }[],
  options: ParseOptions = {},
): ParsedFile {
  const limit = options.maxArticleSize ?? DEFAULT_MAX_ARTICLE_SIZE;
  const seen = new Map<string, string>();
  const articles: ReadArticle[] = [];
  const errors: IngestError[] = [];
  for (const f of files) {
    let parsed: ParsedFile;
    // An HTML page is mostly markup; a page many times the limit is refused before it is parsed.
    if (f.content.length > limit * 8) {
      errors.push(tooLarge(f.name, 1, f.content.length, limit, 'the file'));
      continue;
    }
    try {
      parsed = parseArticleFile(f.name, f.content);
    } catch (e) {
      errors.push({ file: f.name, line: 1, message: `could not read this file: ${(e as Error).message}` });
      continue;
    }
    for (const e of parsed.errors) errors.push(e);
    for (const a of parsed.articles) {
      if (a.text.length > limit) {
        errors.push(tooLarge(f.name, a.origin?.line ?? 1, a.text.length, limit, 'the article'));
        continue;
      }
      const first = seen.get(a.id);
      if (first !== undefined) {
        errors.push({
          file: f.name,
          line: a.origin?.line ?? 1,
          message: `duplicate article id "${a.id}" (first read from ${first}); skipped`,
        });
        continue;
      }
      seen.set(a.id, f.name);
      articles.push(a);
    }
  }
  return { articles, errors };
}

/** The message refusing an article or file over the size limit, with the option that raises it. */
export function tooLarge(file: string, line: number, size: number, limit: number, what: string): IngestError {
  return {
    file,
    line,
    message: `${what} is ${formatSize(size)}, over the ${formatSize(limit)} limit; not processed (raise it with --max-article-size ${size >= 1e6 ? `${Math.ceil(size / 1e6)}MB` : `${Math.ceil(size / 1e3)}kB`}, or split the file)`,
  };
}
