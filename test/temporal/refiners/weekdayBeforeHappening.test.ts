import { describe } from 'vitest';
import { runCases } from '../cases.ts';

describe('weekdayBeforeHappening, DCT Saturday 2012-04-07', () => {
  runCases('2012-04-07', [
    // A weekday modifying a coming deadline, truce or vote is the coming one, whatever the clause's tense.
    {
      text: 'As the Tuesday truce deadline approaches, the government has decided to continue the shelling.',
      surface: 'Tuesday',
      value: '2012-04-10',
    },
    { text: 'Troops shelled Homs ahead of the Tuesday truce.', surface: 'Tuesday', value: '2012-04-10' },
    { text: 'Troops must pull back by the Tuesday deadline.', surface: 'Tuesday', value: '2012-04-10' },
    // "before" looks either way: the nearer day.
    { text: 'The army withdrew before the Sunday vote.', surface: 'Sunday', value: '2012-04-08' },
    // Without a phrase that looks ahead, the past day.
    { text: 'The Tuesday meeting was cancelled.', surface: 'Tuesday', value: '2012-04-03' },
    { text: 'As the Tuesday meeting ended, troops fired.', surface: 'Tuesday', value: '2012-04-03' },
    // "by" after a participle names the agent: the past day.
    { text: 'The motion was defeated by the Tuesday vote.', surface: 'Tuesday', value: '2012-04-03' },
  ]);
});
