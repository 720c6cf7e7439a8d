import { utcDay, utcMonth } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { binDensity, chooseBinInterval } from '../../../src/timeline/layout/densityBins.ts';

const DAY = 86_400_000;

describe('densityBins', () => {
  it('chooses coarser intervals as the view widens', () => {
    expect(chooseBinInterval(30 * DAY, 900).name).toBe('day');
    expect(chooseBinInterval(3 * 365 * DAY, 900).name).toBe('month');
    expect(chooseBinInterval(40 * 365 * DAY, 900).name).toBe('year');
  });

  it('counts events and sums fatalities per calendar interval', () => {
    const days = [0, 0, 1, 3, 3, 3].map((d) => Date.UTC(2022, 3, 1) + d * DAY + 3_600_000);
    const start = Float64Array.from(days);
    const sorted = days.map((_, i) => i);
    const bins = binDensity(sorted, start, (p) => p, utcDay, Date.UTC(2022, 3, 1), Date.UTC(2022, 3, 5));
    expect(bins.map((b) => [new Date(b.x0).toISOString().slice(0, 10), b.count, b.fatalities])).toEqual([
      ['2022-04-01', 2, 1],
      ['2022-04-02', 1, 2],
      ['2022-04-04', 3, 12],
    ]);
    const month = binDensity(sorted, start, () => 0, utcMonth, Date.UTC(2022, 2, 15), Date.UTC(2022, 4, 1));
    expect(month.map((b) => b.count)).toEqual([6]);
  });
});
