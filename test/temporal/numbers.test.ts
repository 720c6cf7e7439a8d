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
    ['two and a half', 2.5],
    ['twenty-four and a half', 24.5],
    ['5 and a half', 5.5],
    ['half an', 0.5],
    ['couple of', 2],
  ])('%s → %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
    expect(new RegExp(`^${NUMBER_PATTERN}$`, 'i').test(raw)).toBe(true);
  });
  it('returns undefined for vague quantifiers', () => {
    expect(parseNumber('several')).toBeUndefined();
    expect(parseNumber('a few')).toBeUndefined();
    expect(parseNumber('several and a half')).toBeUndefined();
  });
});
