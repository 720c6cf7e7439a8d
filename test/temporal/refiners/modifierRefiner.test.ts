import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('modifierRefiner, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'It snowed in early December 2012.',
      surface: 'early December 2012',
      value: '2012-12',
      mod: 'START',
      rangeStart: '2012-12-01',
    },
    { text: 'Talks ended in late 2012.', surface: 'late 2012', value: '2012', mod: 'END' },
    { text: 'It rained at the end of 2012.', surface: 'the end of 2012', value: '2012', mod: 'END' },
    {
      text: 'It rained in mid-March 2012.',
      surface: 'mid-March 2012',
      value: '2012-03',
      mod: 'MID',
      rangeStart: '2012-03-11',
    },
    {
      text: 'It began at the beginning of 2012.',
      surface: 'the beginning of 2012',
      value: '2012',
      mod: 'START',
    },
    { text: 'Sales grew earlier this year.', surface: 'earlier this year', value: '2013', mod: 'START' },
    { text: 'Prices will fall later this month.', surface: 'later this month', value: '2013-03', mod: 'END' },
    {
      text: 'He left nearly two weeks ago.',
      surface: 'nearly two weeks ago',
      value: '2013-W10',
      mod: 'LESS_THAN',
    },
    {
      text: 'Detention lasted at least 18 months.',
      surface: 'at least 18 months',
      value: 'P18M',
      mod: 'EQUAL_OR_MORE',
    },
  ]);
});
