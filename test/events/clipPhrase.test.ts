import { describe, expect, it } from 'vitest';
import { clipPhrase } from '../../src/events/clipPhrase.ts';

describe('clipPhrase', () => {
  it('keeps the first n words without a dangling function word or quotes', () => {
    expect(clipPhrase('forces loyal to the government of the province', 4)).toBe('forces');
    expect(clipPhrase('the "combing" operation in Kohistan district', 4)).toBe('the combing operation');
    expect(clipPhrase('two villages', 5)).toBe('two villages');
  });
});
