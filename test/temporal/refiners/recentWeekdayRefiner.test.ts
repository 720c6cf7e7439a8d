import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('recentWeekdayRefiner, DCT Wednesday 2010-07-21', () => {
  runCases('2010-07-21', [
    // "a recent Wednesday" names no particular week: the vague past, not the latest Wednesday.
    {
      text: 'On a recent Wednesday morning, Pointer pulled his SUV up to a dock.',
      surface: 'Wednesday morning',
      value: 'PAST_REF',
      precision: 'vague',
    },
    { text: 'One recent Saturday, the boats stayed in port.', surface: 'Saturday', value: 'PAST_REF' },
    // A weekday not after "a recent" is still placed.
    {
      text: 'On Wednesday morning, Pointer pulled up to a dock.',
      surface: 'Wednesday morning',
      value: '2010-07-21TMO',
    },
  ]);
});
