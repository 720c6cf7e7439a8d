import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('frequencyParser and everyParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    { text: 'Farmers plant each season.', surface: 'each season', value: 'P3M', type: 'SET' },
    { text: 'They meet every day.', surface: 'every day', value: 'P1D', type: 'SET' },
    { text: 'Snow falls every winter.', surface: 'every winter', value: 'XXXX-WI', type: 'SET' },
    { text: 'The paper appears weekly.', surface: 'weekly', value: 'P1W', type: 'SET' },
    { text: 'Rates are set each year.', surface: 'each year', value: 'P1Y', type: 'SET' },
    { text: 'The club meets every Monday.', surface: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
  ]);
});
