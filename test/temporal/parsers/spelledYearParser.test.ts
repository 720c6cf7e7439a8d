import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('spelledYearParser, DCT 1998-02-27', () => {
  runCases('1998-02-27', [
    { text: 'Atlanta, nineteen ninety-six. A bomb.', surface: 'nineteen ninety-six', value: '1996' },
    { text: 'In nineteen seventy-nine the army came.', surface: 'nineteen seventy-nine', value: '1979' },
    { text: 'It opened in nineteen eighty.', surface: 'nineteen eighty', value: '1980' },
    {
      text: 'January nineteen ninety-seven. Atlanta again.',
      surface: 'January nineteen ninety-seven',
      value: '1997-01',
      precision: 'month',
    },
    { text: 'A promise to act by the year two thousand.', surface: 'the year two thousand', value: '2000' },
  ]);

  it('does not read "two thousand" alone or "nineteen" as a year', () => {
    const results = tag('Some two thousand people and nineteen soldiers came.', { reference: '1998-02-27' });
    expect(results).toEqual([]);
  });
});
