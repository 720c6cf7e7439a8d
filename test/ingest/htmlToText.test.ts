import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/htmlToText.ts';

const filler = 'Fighters and officials met in the provincial capital to discuss the ceasefire terms. '.repeat(
  8,
);

describe('htmlToText', () => {
  it('decodes every HTML character reference, not a hand-picked subset', () => {
    expect(htmlToText('<p>a &amp; b &#8212; &#x2019; &hearts; &Aacute; &frac12; &bogus;</p>').text).toBe(
      'a & b — ’ ♥ Á ½ &bogus;',
    );
  });

  it('turns block elements into paragraphs and drops inline tags', () => {
    expect(htmlToText('<p>One <i>two</i></p><p>Three</p>').text).toBe('One two\n\nThree');
  });

  it('drops scripts, styles and comments, even when they contain tags', () => {
    const { text } = htmlToText(
      '<body><style>p{}</style><!-- <p>x</p> --><script>"<p>y</p>"</script><p>z</p></body>',
    );
    expect(text).toBe('z');
  });

  it('keeps the article and drops menus, related links and comments (Readability)', () => {
    const page = `<html><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <div class="article-body"><p>${filler}</p><p>${filler}</p></div>
      <aside class="related"><a href="/x">Related: Five things to know</a></aside>
      <div id="comments" class="comments"><p>Reader: great piece</p></div>
      <footer>Copyright</footer></body></html>`;
    const { text } = htmlToText(page);
    expect(text).toContain('ceasefire terms');
    expect(text).not.toMatch(/Home|Related|Reader: great|Copyright/);
  });

  it('reads og:*, article:published_time, the canonical link, JSON-LD datePublished and lang', () => {
    const { meta } = htmlToText(`<html lang="fa-AF"><head><title>T &amp; U</title>
      <meta property="og:title" content="OG &amp; title"><meta property="og:site_name" content="Site">
      <meta property="article:published_time" content="2022-05-01T08:00:00Z">
      <link rel="canonical" href="https://example.org/a">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-08-15T10:00:00+04:30"}]}</script>
      </head><body><p>${filler}</p></body></html>`);
    expect(meta).toMatchObject({
      title: 'T & U',
      'og:title': 'OG & title',
      'og:site_name': 'Site',
      'article:published_time': '2022-05-01T08:00:00Z',
      canonical: 'https://example.org/a',
      datepublished: '2021-08-15T10:00:00+04:30',
      lang: 'fa-AF',
    });
  });

  it('ignores a broken JSON-LD block and keeps the page', () => {
    const { text, meta } = htmlToText(
      `<head><script type="application/ld+json">{"datePublished": </script></head><body><p>${filler}</p></body>`,
    );
    expect(meta.datepublished).toBeUndefined();
    expect(text).toContain('ceasefire');
  });

  // (No timing here: on a busy host the 20,000-deep page takes seconds.)
  it('keeps the whole text of a page nested 20,000 deep, with a warning', { timeout: 60_000 }, () => {
    const deep = `${'<div>'.repeat(20_000)}deep text${'</div>'.repeat(20_000)}`;
    const { text, warning } = htmlToText(deep);
    expect(text).toBe('deep text');
    expect(warning).toMatch(/nests elements over 200 deep/);
  });

  it('reads the sample page fixture', () => {
    const html = readFileSync(new URL('../fixtures/ingest/2022-05-01-kunduz.html', import.meta.url), 'utf8');
    const { text, meta } = htmlToText(html);
    expect(text).toBe(
      'Two days ago, fighters attacked a checkpoint in Kunduz — officials said.\n\nResidents said the fighting stopped on Friday.',
    );
    expect(meta.title).toBe('Clashes in Kunduz & Baghlan');
  });
});
