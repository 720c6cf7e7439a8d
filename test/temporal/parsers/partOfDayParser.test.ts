import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
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

  // A bare clock word or part of day is read on the DCT when the story names no other day.
  runCases('2013-03-22', [
    {
      text: 'He will appear in court at midday.',
      surface: 'midday',
      value: '2013-03-22T12:00',
      type: 'TIME',
    },
    { text: 'The talks resume at noon.', surface: 'noon', value: '2013-03-22T12:00' },
    { text: 'The offer expires at midnight.', surface: 'midnight', value: '2013-03-22T24:00' },
    {
      text: 'By mid afternoon, officials said the operation was over.',
      surface: 'mid afternoon',
      value: '2013-03-22TAF',
      mod: 'MID',
    },
    { text: 'Talks ended in late afternoon.', surface: 'late afternoon', value: '2013-03-22TAF', mod: 'END' },
    { text: 'The raid began at midmorning.', surface: 'midmorning', value: '2013-03-22TMO' },
  ]);

  it('does not read "high noon" or a title as a clock time', () => {
    const texts = ['For Poland, high noon comes in April.', 'He saw Midnight Express again.'];
    for (const text of texts) {
      expect(tag(text, { reference: '2013-03-22' }).filter((r) => /noon|midnight/i.test(r.text))).toEqual([]);
    }
  });
});
