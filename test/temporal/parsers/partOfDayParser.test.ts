import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('partOfDayParser, DCT Friday 2013-03-22', () => {
  runCases('2013-03-22', [
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
