import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cullVisible } from '../../../src/timeline/layout/cullVisible.ts';

describe('cullVisible', () => {
  it('returns exactly the intervals overlapping the window, like a brute-force scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 })), {
          maxLength: 60,
        }),
        fc.integer({ min: -100, max: 1100 }),
        fc.integer({ min: 1, max: 500 }),
        (ivs, from, len) => {
          const start = Float64Array.from(ivs.map(([s]) => s));
          const end = Float64Array.from(ivs.map(([s, d]) => s + d));
          const sorted = ivs.map((_, i) => i).sort((a, b) => start[a]! - start[b]!);
          const maxDuration = Math.max(0, ...ivs.map(([, d]) => d));
          const got = cullVisible(sorted, start, end, maxDuration, from, from + len).sort((a, b) => a - b);
          const want = sorted.filter((p) => start[p]! < from + len && end[p]! > from).sort((a, b) => a - b);
          expect(got).toEqual(want);
        },
      ),
    );
  });
});
