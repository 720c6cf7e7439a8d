import type { IngestError, ReadArticle } from '../model/article.ts';
import { htmlToText } from './htmlToText.ts';
import { nonReportWarning } from './nonReportWarning.ts';
import {
  article,
  articleIdOf,
  DEFAULT_MAX_ARTICLE_SIZE,
  dateFromName,
  firstLine,
  isHtmlFile,
  type ParsedFile,
  type ParseOptions,
  parsePlainArticleFile,
  tooLarge,
} from './parsePlainArticleFile.ts';
import { type RawMeta, validateMeta } from './validateMeta.ts';

export {
  ARTICLE_EXTENSIONS,
  articleIdOf,
  DEFAULT_MAX_ARTICLE_SIZE,
  formatSize,
  type ParsedFile,
  type ParseOptions,
  tooLarge,
} from './parsePlainArticleFile.ts';

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
  if (!fields) return { articles: [], errors };
  const read = article(articleIdOf(fileName), fields, text, fileName, 1);
  const notReport = nonReportWarning(read);
  return { articles: [read], errors: notReport ? [...errors, notReport] : errors };
}

/**
 * Reads one article file of any supported format from its name and content. Never throws: a bad
 * file or line becomes an `IngestError` naming the file, the line and the problem.
 */
export function parseArticleFile(fileName: string, content: string): ParsedFile {
  return isHtmlFile(fileName) ? parseHtml(fileName, content) : parsePlainArticleFile(fileName, content);
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
