import { describe, expect, it } from 'vitest';
import { clipPhrase } from '../../src/events/clipPhrase.ts';

describe('clipPhrase', () => {
  it('keeps the first n words without a dangling function word or quotes', () => {
    expect(clipPhrase('forces loyal to the government of the province', 4)).toBe('forces');
    expect(clipPhrase('the "combing" operation in Kohistan district', 4)).toBe('the combing operation');
    expect(clipPhrase('two villages', 5)).toBe('two villages');
  });

  it('finishes a name the limit cuts and keeps a subject pronoun or quantifier', () => {
    expect(clipPhrase('envoy Li Huaxin met Syrian Foreign Minister Walid Muallem in Damascus', 6)).toBe(
      'envoy Li Huaxin met Syrian Foreign Minister Walid Muallem',
    );
    expect(clipPhrase('Rebel forces say they', 7)).toBe('Rebel forces say they');
    expect(clipPhrase('Many more', 7)).toBe('Many more');
  });

  it('drops a purpose whose object the limit cuts', () => {
    expect(clipPhrase('a humanitarian mission to Syria this weekend to assess the situation', 10)).toBe(
      'a humanitarian mission to Syria this weekend',
    );
  });
});
