import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/temporal/context.ts';
import { draft } from '../../../src/temporal/draft.ts';
import { overlapRefiner } from '../../../src/temporal/refiners/overlapRefiner.ts';

describe('overlapRefiner', () => {
  const context = createContext('x'.repeat(40), '2013-03-22');
  const make = (start: number, end: number, priority = 0) =>
    draft({ start, end, type: 'DATE', precision: 'day', priority });

  it('keeps the longest of overlapping drafts and every disjoint one', () => {
    const kept = overlapRefiner.refine(context, [make(0, 5), make(2, 12), make(12, 15), make(20, 22)]);
    expect(kept.map((d) => [d.start, d.end])).toEqual([
      [2, 12],
      [12, 15],
      [20, 22],
    ]);
  });

  it('breaks a length tie by priority', () => {
    const kept = overlapRefiner.refine(context, [make(0, 5, 0), make(1, 6, 2)]);
    expect(kept.map((d) => d.start)).toEqual([1]);
  });
});
