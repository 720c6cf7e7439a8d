import { describe, expect, it } from 'vitest';
import { sumCounts } from '../../../src/events/eval/sumCounts.ts';

describe('sumCounts', () => {
  it('adds two records field by field and leaves both alone', () => {
    const a = { gold: 3, found: 1 };
    const b = { gold: 4, found: 2 };
    expect(sumCounts(a, b)).toEqual({ gold: 7, found: 3 });
    expect(a).toEqual({ gold: 3, found: 1 });
  });
});
