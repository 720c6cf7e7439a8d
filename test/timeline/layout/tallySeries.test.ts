import { describe, expect, it } from 'vitest';
import type { Tally } from '../../../src/model/chronology.ts';
import { mainMeasure, tallySeries } from '../../../src/timeline/layout/tallySeries.ts';

const t = (source: string, date: string, value: number, measure: Tally['measure'] = 'deaths'): Tally => ({
  source,
  article: `${source}-${date}`,
  date,
  value,
  measure,
  text: `${value}`,
});

describe('tallySeries', () => {
  const tallies = [
    t('bbc', '2012-01-10', 5000),
    t('bbc', '2012-01-10', 5400),
    t('bbc', '2012-02-01', 35),
    t('bbc', '2012-03-28', 9000),
    t('reuters', '2012-02-15', 7000),
    t('reuters', '2012-02-15', 120, 'injured'),
  ];

  it('gives one line per source, the largest figure per day, in date order', () => {
    const series = tallySeries(tallies, 'deaths');
    expect(series.map((s) => s.source)).toEqual(['bbc', 'reuters']);
    expect(series[0]!.points.map((p) => p.value)).toEqual([5400, 9000]);
    expect(series[1]!.points.map((p) => p.value)).toEqual([7000]);
  });

  it('leaves out a local count far below the running total', () => {
    expect(tallySeries(tallies, 'deaths')[0]!.points.some((p) => p.value === 35)).toBe(false);
  });

  it('draws the measure reported most', () => {
    expect(mainMeasure(tallies)).toBe('deaths');
    expect(mainMeasure([])).toBeNull();
  });
});
