import { describe, expect, it } from 'vitest';
import { runCases } from '../cases.ts';
import { tagOne } from '../helpers.ts';

describe('islamicYearParser, DCT 2022-08-01', () => {
  runCases('2022-08-01', [
    {
      text: 'Prices doubled in 1443 AH.',
      surface: '1443 AH',
      value: '2022',
      precision: 'year',
      rangeStart: '2021-08-09',
    },
    { text: 'The year 1443 AH ended.', surface: 'The year 1443 AH', value: '2022', rangeStart: '2021-08-09' },
    {
      text: 'During the Hijri year 1444 the war went on.',
      surface: 'the Hijri year 1444',
      value: '2023',
      rangeStart: '2022-07-30',
    },
    {
      text: 'It was founded in 1400 A.H. by the emir.',
      surface: '1400 A.H.',
      value: '1980',
      rangeStart: '1979-11-21',
    },
  ]);

  it('keeps the exact Hijri span and names both Gregorian years', () => {
    const hit = tagOne('Prices doubled in 1443 AH.', '2022-08-01', '1443 AH');
    expect(hit.range).toEqual({ start: '2021-08-09', end: '2022-07-29' });
    expect(hit.known).toEqual({ islamicYear: 1443 });
    expect(hit.explanation).toMatch(/spans 2021 and 2022/);
  });
});
