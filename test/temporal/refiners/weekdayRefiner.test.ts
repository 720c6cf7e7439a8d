import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('weekdayRefiner, DCT Wednesday 2013-03-20', () => {
  runCases('2013-03-20', [
    { text: 'Rebels attacked the town on Friday.', surface: 'Friday', value: '2013-03-15' },
    { text: 'The president said Wednesday that he would stay.', surface: 'Wednesday', value: '2013-03-20' },
    { text: 'The minister will visit on Friday.', surface: 'Friday', value: '2013-03-22' },
    { text: 'They met last Monday.', surface: 'last Monday', value: '2013-03-18' },
    { text: 'They meet next Monday.', surface: 'next Monday', value: '2013-03-25' },
    // A possessive weekday reports a past day even in a future clause.
    {
      text: 'They said they would appeal Monday’s ruling.',
      surface: 'Monday',
      value: '2013-03-18',
    },
    // An expectation or a deadline lies ahead.
    { text: 'The father could arrive as early as Friday.', surface: 'Friday', value: '2013-03-22' },
    {
      text: 'The agency has given them until 9 a.m. Friday.',
      surface: '9 a.m. Friday',
      value: '2013-03-22T09:00',
    },
    // A clock time with a weekday keeps both.
    {
      text: 'Talks broke off at 10 p.m. Monday.',
      surface: '10 p.m. Monday',
      value: '2013-03-18T22:00',
      type: 'TIME',
    },
    // "United" is a name, not a past participle: "would" sets the tense.
    {
      text: 'He said he would travel to the United States Friday.',
      surface: 'Friday',
      value: '2013-03-22',
    },
  ]);
});
