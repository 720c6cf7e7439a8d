import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByStart } from '../../../src/timeline/layout/sortByStart.ts';

const bySort = (start: Float64Array): number[] =>
  Array.from({ length: start.length }, (_, i) => i).sort((a, b) => start[a]! - start[b]! || a - b);

describe('sortByStart', () => {
  it('orders positions by start, ties by position, for whole minutes and for any ms', () => {
    const minute = fc.integer({ min: -50_000_000, max: 50_000_000 }).map((m) => m * 60_000);
    const any = fc.integer({ min: -1e12, max: 4e12 });
    for (const value of [minute, any]) {
      fc.assert(
        fc.property(fc.array(value, { maxLength: 300 }), (xs) => {
          const start = Float64Array.from(xs);
          expect(Array.from(sortByStart(start))).toEqual(bySort(start));
        }),
      );
    }
  });

  it('keeps an ordered list as it is', () => {
    const start = Float64Array.from([1, 1, 2, 5, 5, 9]);
    expect(Array.from(sortByStart(start))).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
