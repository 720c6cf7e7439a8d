import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('theDayParser, DCT Monday 1989-10-30', () => {
  runCases('1989-10-30', [
    {
      text: 'The index fell on Friday. For the week, the index dropped 3.8%.',
      surface: 'the week',
      value: '1989-W43',
      anchor: 'narrative',
    },
    { text: "Thursday was the week's most active session.", surface: 'the week', value: '1989-W43' },
    {
      text: 'He arrived in Philadelphia later in the day.',
      surface: 'the day',
      value: '1989-10-30',
      anchor: 'dct',
    },
    {
      text: 'The strike began on Oct. 12, 1989. Later in the day police arrived.',
      surface: 'the day',
      value: '1989-10-12',
    },
  ]);

  it('leaves "the day" alone when a weekday follows or it is the subject', () => {
    const texts = ['During the day Friday he played.', 'The day was hot.'];
    for (const text of texts) {
      expect(
        tag(text, { reference: '1989-10-30' }).filter((r) => r.text === 'the day' || r.text === 'The day'),
      ).toEqual([]);
    }
  });
});
