import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('ordinalDayParser and holidayParser, DCT 2022-04-12', () => {
  runCases('2022-04-12', [
    { text: 'He was arrested on the 5th.', surface: 'the 5th', value: '2022-04-05', precision: 'day' },
    { text: 'He was arrested on the 25th.', surface: 'the 25th', value: '2022-03-25' },
    { text: 'They met at Christmas.', surface: 'Christmas', value: '2021-12-25' },
    { text: 'Families gathered on Thanksgiving.', surface: 'Thanksgiving', value: '2021-11-25' },
  ]);
});
