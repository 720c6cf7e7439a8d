import { describe, expect, it } from 'vitest';
import { trimExtent } from '../../src/temporal/trim.ts';

describe('trimExtent', () => {
  const trimmed = (s: string) => {
    const r = trimExtent(s, 0, s.length);
    return r ? s.slice(r.start, r.end) : null;
  };
  it.each([
    ['on Friday', 'Friday'],
    ['since 1990', '1990'],
    [', March 3,', 'March 3'],
    ['at 3 p.m.', '3 p.m.'],
    ['in Sept.', 'Sept.'],
    ['the March of', 'the March'],
  ])('%s → %s', (input, output) => {
    expect(trimmed(input)).toBe(output);
  });
  it('returns null when only a preposition is left', () => {
    expect(trimmed('on ')).toBeNull();
  });
});
