import { describe, expect, it } from 'vitest';
import { mergeByStart } from '../../../src/timeline/layout/mergeByStart.ts';

describe('mergeByStart', () => {
  it('merges start-sorted lists into one start-sorted list', () => {
    const start = Float64Array.from([5, 1, 3, 3, 9, 0]);
    expect(mergeByStart([[1, 2, 0], [5, 3, 4], []], start)).toEqual([5, 1, 2, 3, 0, 4]);
    expect(mergeByStart([], start)).toEqual([]);
  });
});
