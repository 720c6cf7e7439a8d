import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, parseNumber } from '../../src/temporal/numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['48', 48],
    ['1,000', 1000],
    ['twenty-four', 24],
    ['twenty four', 24],
    ['a', 1],
    ['a dozen', 12],
    ['three', 3],
  ])('%s → %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
    expect(new RegExp(`^${NUMBER_PATTERN}$`, 'i').test(raw)).toBe(true);
  });
  it('returns undefined for vague quantifiers', () => {
    expect(parseNumber('several')).toBeUndefined();
    expect(parseNumber('a few')).toBeUndefined();
  });
});
