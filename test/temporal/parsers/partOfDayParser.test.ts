import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('partOfDayParser, DCT Friday 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'Talks broke off at noon Thursday.',
      surface: 'noon Thursday',
      value: '2013-03-21T12:00',
      type: 'TIME',
    },
    {
      text: 'The offer will expire at midnight Friday.',
      surface: 'midnight Friday',
      value: '2013-03-22T24:00',
    },
    { text: 'The vote will be held Monday at noon.', surface: 'Monday at noon', value: '2013-03-25T12:00' },
    { text: 'The ceasefire began at noon yesterday.', surface: 'noon yesterday', value: '2013-03-21T12:00' },
    {
      text: 'Stocks fell by mid-afternoon yesterday.',
      surface: 'mid-afternoon yesterday',
      value: '2013-03-21TAF',
    },
    { text: 'He spoke this morning.', surface: 'this morning', value: '2013-03-22TMO', type: 'TIME' },
    { text: 'Shots were fired last night.', surface: 'last night', value: '2013-03-21TNI' },
    { text: 'He called yesterday afternoon.', surface: 'yesterday afternoon', value: '2013-03-21TAF' },
    {
      text: 'The blast happened Wednesday night.',
      surface: 'Wednesday night',
      value: '2013-03-20TNI',
      type: 'TIME',
    },
  ]);
});
