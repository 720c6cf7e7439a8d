import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/ingest/htmlToText.ts';

describe('htmlToText', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &#8212; &#x2019; &bogus;')).toBe('a & b — ’ &bogus;');
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

  it('collects meta values by property or name', () => {
    const { meta } = htmlToText(
      '<meta name="date" content="2020-01-02"><meta property="og:title" content="T &amp; U">',
    );
    expect(meta).toMatchObject({ date: '2020-01-02', 'og:title': 'T & U' });
  });
});
