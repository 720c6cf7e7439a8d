import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('durationParser and vagueDurationParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'The siege lasted 48 hours.',
      surface: '48 hours',
      value: 'PT48H',
      type: 'DURATION',
      precision: 'time',
    },
    {
      text: 'He served for ten years.',
      surface: 'ten years',
      value: 'P10Y',
      type: 'DURATION',
      precision: 'year',
    },
    { text: 'A two-year contract was signed.', surface: 'two-year', value: 'P2Y' },
    { text: 'Sales rose in the past two months.', surface: 'the past two months', value: 'P2M' },
    { text: 'It took several months.', surface: 'several months', value: 'PXM', precision: 'vague' },
    { text: 'Searches went on for weeks.', surface: 'weeks', value: 'PXW', type: 'DURATION' },
    { text: 'It took twenty-four hours.', surface: 'twenty-four hours', value: 'PT24H' },
    { text: 'The job took less than a year.', surface: 'less than a year', value: 'P1Y', mod: 'LESS_THAN' },
    {
      text: 'Fighting lasted more than two weeks.',
      surface: 'more than two weeks',
      value: 'P2W',
      mod: 'MORE_THAN',
    },
    {
      text: 'Detention may last up to 30 days.',
      surface: 'up to 30 days',
      value: 'P30D',
      mod: 'EQUAL_OR_LESS',
    },
    { text: 'It took about three years.', surface: 'about three years', value: 'P3Y', mod: 'APPROX' },
  ]);
});
