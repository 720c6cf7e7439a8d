import { describe, expect, it } from 'vitest';
import { createArticleIndex } from '../../../src/chronology/formats/articleIndex.ts';

describe('createArticleIndex', () => {
  it('makes one article per URL, or per outlet without one', () => {
    const index = createArticleIndex();
    const a = index.cite({ source: 'BBC', url: 'https://www.bbc.co.uk/news/1' }, '2022-04-12');
    const b = index.cite({ source: 'BBC', url: 'https://www.bbc.co.uk/news/2' }, '2022-04-12');
    const c = index.cite({ source: 'BBC' }, '2022-04-13');
    expect(index.cite({ source: 'BBC (again)', url: 'https://www.bbc.co.uk/news/1' }, '2022-04-14')).toBe(a);
    expect(index.cite({ source: 'BBC' }, '2022-04-14')).toBe(c);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a).toBe('bbc-co-uk-news-1');
    expect(index.articles()).toHaveLength(3);
  });
  it('dates an article by the earliest report citing it', () => {
    const index = createArticleIndex();
    index.cite({ source: 'AJ' }, '2022-05-01');
    index.cite({ source: 'AJ' }, '2022-04-01');
    index.cite({ source: 'AJ' }, '2022-06-01');
    expect(index.articles()).toEqual([{ id: 'aj', title: 'AJ', source: 'AJ', published: '2022-04-01' }]);
  });
  it('keeps ids unique when names slug alike', () => {
    const index = createArticleIndex();
    const ids = ['Tolo News', 'tolo-news', 'TOLO news!', '***'].map((s) =>
      index.cite({ source: s }, '2022-01-01'),
    );
    expect(ids).toEqual(['tolo-news', 'tolo-news-2', 'tolo-news-3', 'source']);
  });
});
