import { describe, expect, it } from 'vitest';
import { capitalize, escapeRe, tokenize, words } from '../../src/events/tokenize.ts';

describe('tokenize', () => {
  it('gives words with offsets, without a final period', () => {
    const text = 'Gen. Smith’s men left, U.S. says.';
    const t = tokenize(text);
    expect(t.map((x) => x.w)).toEqual(['Gen', 'Smith’s', 'men', 'left', 'U.S', 'says']);
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.w);
  });

  it('has helpers for words, capitals and literal patterns', () => {
    expect(words('  a  b ')).toEqual(['a', 'b']);
    expect(capitalize('police arrest')).toBe('Police arrest');
    expect(new RegExp(escapeRe('(a.b)')).test('x(a.b)')).toBe(true);
    expect(new RegExp(escapeRe('a.b')).test('axb')).toBe(false);
  });
});
