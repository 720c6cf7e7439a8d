import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/timeline/layout/labelLayout.ts';

describe('layoutLabels', () => {
  it('never lets two placed extents overlap in a row, at any density', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 800 }),
            w: fc.integer({ min: 0, max: 200 }),
            pr: fc.integer({ min: 0, max: 9 }),
          }),
          {
            maxLength: 80,
          },
        ),
        fc.integer({ min: 1, max: 5 }),
        (raw, rows) => {
          const items = raw.map((r, id) => ({
            id,
            x0: r.x - 5,
            x1: r.x + 5,
            labelX0: r.x + 10,
            labelX1: r.x + 10 + r.w,
            priority: r.pr,
          }));
          const placed = layoutLabels(items, { rows, gap: 4 });
          expect(placed).toHaveLength(items.length);
          const extents = placed
            .filter((p) => p.row >= 0)
            .map((p) => {
              const it = items[p.id]!;
              return { row: p.row, a: it.x0, b: p.showLabel ? it.labelX1 + 4 : it.x1 + 1 };
            });
          for (let i = 0; i < extents.length; i++) {
            for (let j = i + 1; j < extents.length; j++) {
              const p = extents[i]!;
              const q = extents[j]!;
              if (p.row === q.row) expect(p.b <= q.a || q.b <= p.a).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('gives label space to the most important item first', () => {
    const items = [
      { id: 0, x0: 0, x1: 10, labelX0: 15, labelX1: 200, priority: 1 },
      { id: 1, x0: 20, x1: 30, labelX0: 35, labelX1: 200, priority: 5 },
    ];
    const placed = new Map(layoutLabels(items, { rows: 1 }).map((p) => [p.id, p]));
    expect(placed.get(1)).toEqual({ id: 1, row: 0, showLabel: true });
    expect(placed.get(0)!.showLabel).toBe(false);
    expect(placed.get(0)!.row).toBe(0);
  });

  it('drops to an overflow tick when no row has room for the bare mark', () => {
    const items = [
      { id: 0, x0: 0, x1: 10, labelX0: Number.NaN, labelX1: Number.NaN, priority: 2 },
      { id: 1, x0: 2, x1: 12, labelX0: Number.NaN, labelX1: Number.NaN, priority: 1 },
    ];
    const placed = new Map(layoutLabels(items, { rows: 1 }).map((p) => [p.id, p]));
    expect(placed.get(0)!.row).toBe(0);
    expect(placed.get(1)!.row).toBe(-1);
  });
});
