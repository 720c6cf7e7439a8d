import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('agoParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'He left two days ago.',
      surface: 'two days ago',
      value: '2013-03-20',
      precision: 'day',
      anchor: 'dct',
    },
    { text: 'He left a week ago.', surface: 'a week ago', value: '2013-03-15', precision: 'day' },
    { text: 'He left three months ago.', surface: 'three months ago', value: '2012-12', precision: 'month' },
    { text: 'He left 10 years ago.', surface: '10 years ago', value: '2003', precision: 'year' },
    { text: 'The war ended months ago.', surface: 'months ago', value: 'PAST_REF', precision: 'vague' },
    {
      text: 'He arrived on May 3, 2010. Two days later he left.',
      surface: 'Two days later',
      value: '2010-05-05',
      anchor: 'narrative',
    },
    {
      text: 'Profit rose in the third quarter of 1989, up from a year ago.',
      surface: 'a year ago',
      value: '1988-Q3',
      precision: 'quarter',
    },
    { text: 'He left about two years ago.', surface: 'about two years ago', value: '2011', mod: 'APPROX' },
  ]);
});
