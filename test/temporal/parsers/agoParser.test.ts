import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('agoParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'Then, a week or so ago, he chose.',
      surface: 'a week or so ago',
      value: '2013-03-15',
      mod: 'APPROX',
    },
    {
      text: 'He left two days ago.',
      surface: 'two days ago',
      value: '2013-03-20',
      precision: 'day',
      anchor: 'dct',
    },
    { text: 'He left a week ago.', surface: 'a week ago', value: '2013-03-15', precision: 'day' },
    { text: 'He left three months ago.', surface: 'three months ago', value: '2012-12', precision: 'month' },
    // Several weeks back names a calendar week (TimeML granularity); a week ago stays a day.
    { text: 'He spoke six weeks ago.', surface: 'six weeks ago', value: '2013-W06', precision: 'week' },
    { text: 'He spoke a fortnight ago.', surface: 'a fortnight ago', value: '2013-W10' },
    { text: 'It opens three weeks from now.', surface: 'three weeks from now', value: '2013-W15' },
    { text: 'He left three days ago.', surface: 'three days ago', value: '2013-03-19' },
    { text: 'He left 10 years ago.', surface: '10 years ago', value: '2003', precision: 'year' },
    { text: 'The war ended months ago.', surface: 'months ago', value: 'PAST_REF', precision: 'vague' },
    {
      text: 'He arrived on May 3, 2010. Two days later he left.',
      surface: 'Two days later',
      value: '2010-05-05',
      anchor: 'narrative',
    },
    {
      text: 'Profit rose in the third quarter of 1989, up from a year ago.',
      surface: 'a year ago',
      value: '1988-Q3',
      precision: 'quarter',
    },
    { text: 'He left about two years ago.', surface: 'about two years ago', value: '2011', mod: 'APPROX' },
    { text: 'It began a year and a half ago.', surface: 'a year and a half ago', value: '2011' },
    { text: 'It began two and a half years ago.', surface: 'two and a half years ago', value: '2010' },
    { text: 'Half a century ago it began.', surface: 'Half a century ago', value: '1963' },
    {
      text: 'It began three and a half months ago.',
      surface: 'three and a half months ago',
      value: '2012-12',
    },
    // The story's clock is unknown: "an hour later" keeps only its span.
    {
      text: 'He arrived on March 3. Half an hour later he left.',
      surface: 'Half an hour',
      value: 'PT30M',
      type: 'DURATION',
    },
    { text: 'A minute and a half later shots rang out.', surface: 'A minute and a half', value: 'PT1M30S' },
  ]);
});

describe('agoParser, a bare singular unit', () => {
  it('counts nothing: "the besieged quarter earlier this week" has no quarter in it', () => {
    const texts = tag('Troops moved into the besieged quarter earlier this week.', {
      reference: '2012-03-01',
    }).map((r) => r.text);
    expect(texts).not.toContain('quarter earlier');
    expect(texts).toContain('earlier this week');
  });
});
