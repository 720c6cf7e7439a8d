import type { IngestError, ReadArticle } from '../model/article.ts';
import { nonReport } from './nonReportPages.ts';
import { nonReportWarning } from './nonReportWarning.ts';
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

/** The lower-cased extension of a file name (`.md`), or '' when it has none. */
export function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
}

/** A date at the start of a file name (`2022-04-12-badakhshan.md`), used when metadata has none. */
export function dateFromName(fileName: string): string | undefined {
  const d = /^(\d{4}-\d{2}-\d{2})/.exec(articleIdOf(fileName))?.[1];
  return d && isIsoDate(d) ? d : undefined;
}

/** The first line of a text with its Markdown markers off, shortened to 120 characters: a stand-in title. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? '';
  const t = line.replace(/^[#\-*>\s]+/, '').trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

/** An article read from `file` at `line`. */
export function article(
  id: string,
  fields: ArticleFields,
  text: string,
  file: string,
  line: number,
): ReadArticle {
  // Whether the page is no report is judged once, here, and read by the warning and the event stage.
  const page = nonReport(text);
  return { id, ...fields, text, origin: { file, line }, ...(page ? { nonReport: page } : {}) };
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
  const read = article(articleIdOf(fileName), fields, text, fileName, 1);
  const notReport = nonReportWarning(read);
  return { articles: [read], errors: notReport ? [...errors, notReport] : errors };
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
    // (A "text" that is there but holds nothing says so: the line is not missing a field.)
    if (!text.trim())
      errors.push({
        file: fileName,
        line,
        message: typeof raw.text === 'string' ? 'field "text" is empty' : 'missing field "text"',
      });
    if (!id || !text.trim()) return;
    const v = validateMeta(raw, fileName, () => line, { title: firstLine(text) });
    for (const e of v.errors) errors.push(e);
    if (!v.fields) return;
    const read = article(id, v.fields, text, fileName, line);
    articles.push(read);
    const notReport = nonReportWarning(read);
    if (notReport) errors.push(notReport);
  });
  return { articles, errors };
}

/**
 * Reads one article file of any supported format but HTML (Markdown, plain text, JSON Lines) from
 * its name and content; an HTML file is reported unsupported here (`parseArticleFile` reads it).
 * Apart from the HTML reader, whose DOM library took 0.3–0.4 s of every CLI run's start-up,
 * whatever it read. Never throws.
 */
export function parsePlainArticleFile(fileName: string, content: string): ParsedFile {
  const ext = extensionOf(fileName);
  switch (ext) {
    case '.md':
    case '.markdown':
    case '.txt':
      return parseTextLike(fileName, content);
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

/** Whether a file is read as HTML (by `parseArticleFile`, not `parsePlainArticleFile`). */
export function isHtmlFile(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext === '.html' || ext === '.htm';
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

/** The message refusing an article or file over the size limit, with the option that raises it. */
export function tooLarge(file: string, line: number, size: number, limit: number, what: string): IngestError {
  return {
    file,
    line,
    message: `${what} is ${formatSize(size)}, over the ${formatSize(limit)} limit; not processed (raise it with --max-article-size ${size >= 1e6 ? `${Math.ceil(size / 1e6)}MB` : `${Math.ceil(size / 1e3)}kB`}, or split the file)`,
  };
}
