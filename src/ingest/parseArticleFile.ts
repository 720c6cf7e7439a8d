import type { Article, IngestError } from '../model/article.ts';
import { htmlToText } from './htmlToText.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { type ArticleFields, isIsoDate, type RawMeta, validateMeta } from './validateMeta.ts';

/** Articles read from one file, and the problems found in it. */
export interface ParsedFile {
  articles: Article[];
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

function article(id: string, fields: ArticleFields, text: string): Article {
  return { id, ...fields, text };
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
  if (!fields) {
    if (!fm.present && errors.some((e) => e.message.includes('"published"'))) {
      return {
        articles: [],
        errors: [
          {
            file: fileName,
            line: 1,
            message:
              'no publication date: add YAML front matter with "published: YYYY-MM-DD", or start the file name with the date',
          },
        ],
      };
    }
    return { articles: [], errors };
  }
  return { articles: [article(articleIdOf(fileName), fields, text)], errors };
}

function parseHtml(fileName: string, content: string): ParsedFile {
  const { text, meta } = htmlToText(content);
  if (text.length === 0)
    return { articles: [], errors: [{ file: fileName, line: 1, message: 'the page has no text' }] };
  const published =
    meta['article:published_time'] ?? meta.date ?? meta.pubdate ?? meta['dc.date'] ?? dateFromName(fileName);
  const raw: RawMeta = {
    title: meta['og:title'] ?? meta.title ?? firstLine(text),
    source: meta['og:site_name'] ?? meta.author ?? 'unknown',
    url: meta.canonical ?? meta['og:url'],
    published,
    language: meta.language,
  };
  const { fields, errors } = validateMeta(raw, fileName, () => 1);
  return fields
    ? { articles: [article(articleIdOf(fileName), fields, text)], errors }
    : { articles: [], errors };
}

/** JSON Lines: one article a line (`id`, `title`, `source`, `url`, `published`, `text`). */
function parseJsonl(fileName: string, content: string): ParsedFile {
  const articles: Article[] = [];
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
    errors.push(...v.errors);
    if (v.fields) articles.push(article(id, v.fields, text));
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

/**
 * Reads many files and drops later duplicates of an article id, reporting each; the result is in
 * input order so the caller decides the order (the CLI sorts file names).
 */
export function parseArticleFiles(files: readonly { name: string; content: string }[]): ParsedFile {
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  const errors: IngestError[] = [];
  for (const f of files) {
    const parsed = parseArticleFile(f.name, f.content);
    errors.push(...parsed.errors);
    for (const a of parsed.articles) {
      const first = seen.get(a.id);
      if (first !== undefined) {
        errors.push({
          file: f.name,
          line: 1,
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
