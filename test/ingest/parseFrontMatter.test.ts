import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/ingest/parseFrontMatter.ts';

describe('parseFrontMatter', () => {
  it('splits data and body and records key lines and the body line', () => {
    const fm = parseFrontMatter('---\ntitle: A\npublished: 2022-04-12\n---\n\nBody here.');
    expect(fm.data).toEqual({ title: 'A', published: '2022-04-12' });
    expect(fm.keyLines).toEqual({ title: 2, published: 3 });
    expect(fm.body).toBe('\nBody here.');
    expect(fm.bodyLine).toBe(5);
  });

  it('treats a file without front matter as all body', () => {
    const fm = parseFrontMatter('Just text.');
    expect(fm).toMatchObject({ present: false, body: 'Just text.', data: {} });
  });

  it('rejects front matter that is not a mapping', () => {
    expect(parseFrontMatter('---\n- a\n- b\n---\nx').problems[0]?.message).toMatch(/mapping/);
  });
});
