import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importanceTree, topKInRange } from '../../../src/timeline/layout/keyEvents.ts';

describe('topKInRange', () => {
  it('returns the k most important positions of the window, as sorting them would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 30 }),
        (weights, a, b, k) => {
          const importance = Float64Array.from(weights);
          // Positions listed in reverse, so list index and position differ.
          const positions = Uint32Array.from(weights.map((_, i) => weights.length - 1 - i));
          const lo = a % weights.length;
          const hi = lo + (b % (weights.length - lo + 1));
          const odd = (p: number): boolean => p % 2 === 1;
          const expected = Array.from(positions.slice(lo, hi))
            .map((p, i) => ({ p, i }))
            .filter(({ p }) => odd(p))
            .sort((x, y) => importance[y.p]! - importance[x.p]! || x.i - y.i)
            .slice(0, k)
            .map(({ p }) => p);
          expect(topKInRange(importanceTree(positions, importance), lo, hi, k, odd)).toEqual(expected);
        },
      ),
    );
  });
});
