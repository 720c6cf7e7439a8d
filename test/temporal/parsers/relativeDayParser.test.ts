import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('relativeDayParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: "Such barriers make no sense in today's world.",
      surface: 'today',
      value: 'PRESENT_REF',
      precision: 'vague',
    },
    { text: "Today's vote was close.", surface: 'Today', value: '2013-03-22' },
    {
      text: 'The strike began yesterday.',
      surface: 'yesterday',
      value: '2013-03-21',
      type: 'DATE',
      precision: 'day',
      anchor: 'dct',
    },
    { text: 'Today the market fell.', surface: 'Today', value: '2013-03-22' },
    { text: 'Voting ends tomorrow.', surface: 'tomorrow', value: '2013-03-23' },
    { text: 'It rained the day before yesterday.', surface: 'the day before yesterday', value: '2013-03-20' },
    { text: 'It will rain the day after tomorrow.', surface: 'the day after tomorrow', value: '2013-03-24' },
    { text: "After yesterday's vote, he quit.", surface: 'yesterday', value: '2013-03-21' },
    { text: 'He will speak tonight.', surface: 'tonight', value: '2013-03-22TNI', type: 'TIME' },
  ]);
});
