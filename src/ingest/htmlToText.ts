import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an HTML page yields: its article text and the metadata found in its head. */
export interface HtmlExtract {
  text: string;
  /** Lower-cased keys: `title`, `og:*`, `article:published_time`, `canonical`, `datepublished`, `lang`… */
  meta: Record<string, string>;
  /** Set when Readability was skipped or failed and the whole body text was kept instead. */
  warning?: string;
}

// Readability's cost grows much faster than the nesting depth (1,000 nested divs take 9 s, 2,000
// take 45 s); real news pages nest 20–60 deep. Deeper pages, or pages with more elements than
// this, keep their whole body text instead.
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 60_000;

/** Deepest element nesting under `root`, walked with an explicit stack. */
function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of node.childNodes) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'HR',
  'PRE',
  'DL',
  'DT',
  'DD',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/**
 * Plain text of a DOM subtree: block elements become paragraph breaks, `<br>` a line break.
 * An explicit stack, not recursion, so a pathologically deep page cannot overflow the call stack.
 */
export function nodeText(root: Node): string {
  const out: string[] = [];
  const stack: (Node | 'break')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break') {
      out.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = (node as Element).tagName ?? '';
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      out.push('\n\n');
      stack.push('break');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out
    .join('')
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l.length > 0)
        .join('\n'),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** `datePublished` (and the headline) from JSON-LD blocks, which may nest in arrays or `@graph`. */
function jsonLdMeta(document: Document, meta: Record<string, string>): void {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block says nothing; the page's other metadata still counts.
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item.slice(0, 50));
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph'].slice(0, 50));
        if (typeof o.datePublished === 'string' && !meta.datepublished) meta.datepublished = o.datePublished;
        if (typeof o.headline === 'string' && !meta.headline) meta.headline = o.headline;
      }
    }
  }
}

/** Values of `<title>`, `<meta>` (by property or name), the canonical link, JSON-LD and `lang`. */
function pageMeta(document: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title;
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !(key in meta)) meta[key] = value;
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical) meta.canonical = canonical;
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang) meta.lang = lang;
  jsonLdMeta(document, meta);
  return meta;
}

/**
 * Turns a news page into its article text with Mozilla's Readability (menus, related links and
 * comments dropped) on linkedom, a DOM that runs in Node and in a Web Worker alike; the parser
 * decodes every HTML character reference. Falls back to the body text when Readability finds no
 * article. Metadata comes from the untouched head, read before Readability rewrites the page.
 */
export function htmlToText(html: string): HtmlExtract {
  let { document } = parseHTML(html);
  // linkedom makes a fragment's first element the root; Readability needs <html><body>.
  if (document.documentElement?.tagName !== 'HTML')
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  const meta = pageMeta(document as unknown as Document);
  const body = (document.body ?? document) as unknown as Node;
  const fallback = nodeText(body);
  if (maxDepth(body) > MAX_READABILITY_DEPTH)
    return {
      text: fallback,
      meta,
      warning: `the page nests elements over ${MAX_READABILITY_DEPTH} deep; its whole text was kept, menus and comments included`,
    };
  let text = '';
  try {
    const article = new Readability(document as unknown as Document, {
      serializer: (node: Node) => nodeText(node),
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    text = article?.content ?? '';
    if (article?.publishedTime && !meta.publishedtime) meta.publishedtime = article.publishedTime;
  } catch (e) {
    // Readability gives up on some odd pages; the whole body text is better than nothing.
    return {
      text: fallback,
      meta,
      warning: `no article found in the page (${(e as Error).message}); its whole text was kept`,
    };
  }
  return { text: text.trim().length > 0 ? text : fallback, meta };
}
