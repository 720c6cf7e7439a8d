/** What an HTML page yields: its text and the metadata found in its head. */
export interface HtmlExtract {
  text: string;
  meta: Record<string, string>;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
};

/** Decodes HTML character references (named subset, decimal and hex). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK =
  /^(p|div|h[1-6]|li|ul|ol|br|tr|table|section|article|header|footer|blockquote|figcaption|hr|pre)$/i;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : undefined;
}

/**
 * Turns an HTML page into plain text (block elements become paragraph breaks; script, style,
 * nav and similar chrome are dropped) and collects `<title>`, `<meta>` and canonical link values.
 * A linear scan, not a DOM: it runs the same in Node and in a Web Worker.
 */
export function htmlToText(html: string): HtmlExtract {
  const meta: Record<string, string> = {};
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (title?.[1]) meta.title = decodeEntities(title[1]).replace(/\s+/g, ' ').trim();
  for (const m of html.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const tag = m[0];
    const key = (attr(tag, 'property') ?? attr(tag, 'name') ?? attr(tag, 'rel') ?? '').toLowerCase();
    const value = attr(tag, 'content') ?? attr(tag, 'href');
    if (key && value !== undefined && !(key in meta)) meta[key] = value.trim();
  }
  const bodyMatch = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html);
  let body = bodyMatch?.[1] ?? html;
  const article = /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(body);
  if (article?.[1]) body = article[1];
  body = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|nav|aside|form|svg|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  const out: string[] = [];
  let last = 0;
  for (const m of body.matchAll(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    out.push(body.slice(last, m.index));
    out.push(BLOCK.test(m[1] ?? '') ? '\n\n' : '');
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(body.slice(last));
  const text = decodeEntities(out.join(''))
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  return { text, meta };
}
