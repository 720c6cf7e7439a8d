import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText } from '../../../src/chronology/formats/html.ts';

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co',
    );
  });
  it('leaves no tag-opening character behind', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('htmlToText', () => {
  it('inverts escapeHtml for trimmed single-line text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '<', '>', '&', '"', "'", ' ', ';', '#') }), (s) => {
        const t = s.trim();
        expect(htmlToText(escapeHtml(t))).toBe(t);
      }),
    );
  });
  it('drops tags and scripts, keeps paragraphs as lines, decodes entities', () => {
    expect(htmlToText('<p>One &amp; two</p><p>Three&nbsp;&#8211;&#x41;</p><script>x()</script>')).toBe(
      'One & two\nThree\u00a0–A',
    );
    expect(htmlToText('a<br>b<br/>c')).toBe('a\nb\nc');
  });
  it('keeps unknown entities literally', () => {
    expect(htmlToText('&bogus; &#0;')).toBe('&bogus; &#0;');
  });
});
