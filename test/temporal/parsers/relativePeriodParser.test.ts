import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('relativePeriodParser and weekendParser, DCT Friday 2013-03-22 (ISO week 12)', () => {
  runCases('2013-03-22', [
    {
      text: 'Sales fell last week.',
      surface: 'last week',
      value: '2013-W11',
      precision: 'week',
      anchor: 'dct',
    },
    { text: 'Sales fell this week.', surface: 'this week', value: '2013-W12' },
    { text: 'Talks resume next week.', surface: 'next week', value: '2013-W13' },
    { text: 'Profit rose last month.', surface: 'last month', value: '2013-02', precision: 'month' },
    { text: 'Profit rose last year.', surface: 'last year', value: '2012', precision: 'year' },
    { text: 'Sales fell last fiscal year.', surface: 'last fiscal year', value: '2012', precision: 'year' },
    { text: 'It expects a profit next fiscal year.', surface: 'next fiscal year', value: '2014' },
    { text: 'Elections are due next year.', surface: 'next year', value: '2014' },
    { text: 'Output fell this quarter.', surface: 'this quarter', value: '2013-Q1', precision: 'quarter' },
    { text: 'Prices doubled over the past year.', surface: 'the past year', value: '2012', type: 'DATE' },
    { text: 'Sales fell in the last month.', surface: 'the last month', value: '2013-02', type: 'DATE' },
    { text: 'He has been in Bethesda for the last week.', surface: 'the last week', value: 'P1W' },
    {
      text: 'Groups grew over the past decade.',
      surface: 'the past decade',
      value: 'P10Y',
      type: 'DURATION',
    },
    { text: 'It rained over the weekend.', surface: 'the weekend', value: '2013-W11-WE', precision: 'week' },
    {
      text: 'He arrived in May 2010. The following week he left.',
      surface: 'The following week',
      value: '2010-W18',
      anchor: 'narrative',
    },
    {
      text: 'He arrived on May 3, 2010. He left that day.',
      surface: 'that day',
      value: '2010-05-03',
      anchor: 'narrative',
    },
  ]);
});
