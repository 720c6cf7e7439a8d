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
    {
      text: 'Prices fell on Oct. 3. Later in the week they rose.',
      surface: 'the week',
      value: '1989-W40',
    },
    {
      text: 'Troops will be in the region by the end of the month.',
      surface: 'the end of the month',
      value: '1989-10',
      anchor: 'dct',
    },
    {
      text: 'Prices fell on Sept. 12. By the end of the month they had recovered.',
      surface: 'the end of the month',
      value: '1989-09',
      anchor: 'narrative',
    },
    {
      text: 'Rebels attacked the town on Oct. 12. Fighting raged for much of the day.',
      surface: 'the day',
      value: '1989-10-12',
    },
  ]);

  it('leaves "the day" alone in a share of any day told in the present: a routine', () => {
    const text =
      'The couple are stuck in their room for most of the day although they are allowed downstairs.';
    expect(tag(text, { reference: '1989-10-30' }).filter((r) => r.text === 'the day')).toEqual([]);
  });

  it('leaves "the month" alone when it names a month or a clause follows', () => {
    const texts = ['the month of May was dry.', 'In the month he died, rain fell.'];
    for (const text of texts) {
      expect(tag(text, { reference: '1989-10-30' }).filter((r) => /the month/i.test(r.text))).toEqual([]);
    }
  });

  it('leaves "the day" alone when a weekday follows or it is the subject', () => {
    const texts = ['During the day Friday he played.', 'The day was hot.'];
    for (const text of texts) {
      expect(
        tag(text, { reference: '1989-10-30' }).filter((r) => r.text === 'the day' || r.text === 'The day'),
      ).toEqual([]);
    }
  });
});

describe('narrativeParser, parts of days and weekdays, DCT Thursday 2000-02-24', () => {
  runCases('2000-02-24', [
    {
      text: 'He arrived on Feb. 10. He appeared in court the next morning.',
      surface: 'the next morning',
      value: '2000-02-11TMO',
      type: 'TIME',
      anchor: 'narrative',
    },
    {
      text: 'He arrived on Feb. 10. That night, police came.',
      surface: 'That night',
      value: '2000-02-10TNI',
    },
    {
      text: 'He arrived on Feb. 10. The night before, police came.',
      surface: 'The night before',
      value: '2000-02-09TNI',
    },
    {
      text: 'He arrived on Feb. 10. The following evening he left.',
      surface: 'The following evening',
      value: '2000-02-11TEV',
    },
    {
      text: 'Shares closed lower on Friday, Feb. 18, down 4.5% from the previous Friday.',
      surface: 'the previous Friday',
      value: '2000-02-11',
      type: 'DATE',
    },
    {
      text: 'He arrived on Saturday, Feb. 12. The following Monday he left.',
      surface: 'The following Monday',
      value: '2000-02-14',
    },
    {
      text: 'He arrived on Feb. 10. Dealers placed buy orders in the morning to start trading.',
      surface: 'the morning',
      value: '2000-02-10TMO',
      type: 'TIME',
    },
    {
      text: 'Rebels attacked on Feb. 10. In the early morning, the town fell.',
      surface: 'the early morning',
      value: '2000-02-10TMO',
      mod: 'START',
    },
  ]);

  it('leaves habits, modifiers and "the morning after" alone', () => {
    const texts = [
      'He works in the evening.',
      'He was seen on the evening news.',
      'Officials met on Feb. 10. The morning after, nobody spoke.',
    ];
    for (const text of texts) {
      expect(
        tag(text, { reference: '2000-02-24' }).filter((r) => /morning|evening|night/i.test(r.text)),
      ).toEqual([]);
    }
  });
});

describe('runningDayParser, DCT 1990-08-15', () => {
  runCases('1990-08-15', [
    {
      text: 'In Saudi Arabia, today is the eighth day of Desert Shield.',
      surface: 'the eighth day',
      value: '1990-08-15',
      anchor: 'dct',
    },
    {
      text: "It's the second day of an offensive by the police.",
      surface: 'the second day',
      value: '1990-08-15',
    },
  ]);

  it('leaves a counted day in a past narration, or a day of the calendar, alone', () => {
    expect(tag('It was the second day of fighting.', { reference: '1990-08-15' })).toEqual([]);
    const texts = tag('Today is the eighth day of the month.', { reference: '1990-08-15' }).map(
      (r) => r.text,
    );
    expect(texts).not.toContain('the eighth day');
  });

  it('leaves awards alone: "employee of the month"', () => {
    expect(tag('He was named employee of the month.', { reference: '1990-08-15' })).toEqual([]);
  });
});
