import { describe, expect, it } from 'vitest';
import type { ArticleDates } from '../../../src/chronology/salience/dateReferences.ts';
import { scoreDates, selectDates } from '../../../src/chronology/salience/dateSalience.ts';

function article(id: string, published: string, ...dates: string[]): ArticleDates {
  return {
    article: id,
    source: 'test',
    published,
    references: dates.map((date, i) => ({ date, start: i * 10, end: i * 10 + 5 })),
  };
}

describe('scoreDates', () => {
  it('ranks first the day later articles keep naming, over a day named only in its own news', () => {
    const scores = scoreDates([
      article('a1', '2012-02-03', '2012-02-03', '2012-02-02'),
      article('a2', '2012-02-02', '2012-02-02'),
      article('a3', '2012-02-20', '2012-02-03'),
      article('a4', '2012-03-10', '2012-02-03'),
    ]);
    expect(scores[0]!.date).toBe('2012-02-03');
    expect(scores[0]).toMatchObject({ mentions: 3, later: 2, salience: 1 });
    const other = scores.find((s) => s.date === '2012-02-02')!;
    expect(other.mentions).toBe(2);
    expect(other.salience).toBeLessThan(1);
  });

  it('weighs a reference by how long after the day it was written', () => {
    const scores = scoreDates([
      article('a1', '2012-01-02', '2012-01-01'),
      article('a2', '2012-04-01', '2012-03-01'),
    ]);
    expect(scores.map((s) => s.date).slice(0, 2)).toEqual(['2012-03-01', '2012-01-01']);
  });

  it('counts an article once per day however often it names it', () => {
    const once = scoreDates([article('a1', '2012-02-10', '2012-02-03')]);
    const thrice = scoreDates([article('a1', '2012-02-10', '2012-02-03', '2012-02-03', '2012-02-03')]);
    expect(thrice.find((s) => s.date === '2012-02-03')).toEqual(once.find((s) => s.date === '2012-02-03'));
  });

  it('counts articles published on the day and the day after', () => {
    const scores = scoreDates([
      article('a1', '2012-05-01'),
      article('a2', '2012-05-02'),
      article('a3', '2012-05-02'),
    ]);
    expect(scores.find((s) => s.date === '2012-05-01')!.published).toBe(3);
    expect(scores.find((s) => s.date === '2012-05-02')!.published).toBe(2);
  });
});

describe('selectDates', () => {
  const scores = scoreDates([
    article('a1', '2012-06-01', '2012-05-01', '2012-01-01'),
    article('a2', '2012-06-02', '2012-05-01', '2012-01-01', '2012-03-01'),
    article('a3', '2012-06-03', '2012-05-01'),
  ]);

  it('returns the n best days sorted by date', () => {
    expect(selectDates(scores, 2).map((s) => s.date)).toEqual(['2012-01-01', '2012-05-01']);
  });

  it('chooses only inside the span when given one', () => {
    expect(selectDates(scores, 2, { from: '2012-02-01', to: '2012-04-30' }).map((s) => s.date)).toEqual([
      '2012-03-01',
    ]);
  });
});
