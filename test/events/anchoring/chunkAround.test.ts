import { describe, expect, it } from 'vitest';
import { chunkAround } from '../../../src/events/anchoring/chunkAround.ts';

describe('chunkAround', () => {
  it('returns the comma- or conjunction-delimited chunk around a span', () => {
    const text = 'BP capped the well, which began leaking on 20 April, and moved on.';
    const at = text.indexOf('20 April');
    const c = chunkAround(text, at, at + '20 April'.length);
    expect(c.text).toBe(', which began leaking on 20 April');
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('spans the whole text when nothing delimits it', () => {
    const text = 'Militants attacked Tagab on Thursday';
    const at = text.indexOf('Thursday');
    expect(chunkAround(text, at, at + 8)).toEqual({ start: 0, end: text.length, text });
  });
});
