import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('monthOfYearParser and relativeMonthParser, DCT 2013-09-21', () => {
  runCases('2013-09-21', [
    // TimeML tags the month and its relative year as one expression.
    { text: 'In January this year, police came.', surface: 'January this year', value: '2013-01' },
    { text: 'But in June last year, talks failed.', surface: 'June last year', value: '2012-06' },
    { text: 'Talks resume in March next year.', surface: 'March next year', value: '2014-03' },
    // "last <month>" is the latest such month before the DCT's month.
    { text: 'The treaty they signed last May.', surface: 'last May', value: '2013-05', precision: 'month' },
    { text: 'He resigned last November.', surface: 'last November', value: '2012-11' },
    { text: 'He resigned last September.', surface: 'last September', value: '2012-09' },
    { text: 'The plane crashed last August.', surface: 'last August', value: '2013-08' },
    { text: 'Talks resume next March.', surface: 'next March', value: '2014-03' },
    { text: 'Talks resume next December.', surface: 'next December', value: '2013-12' },
    { text: 'It opens this October.', surface: 'this October', value: '2013-10' },
  ]);

  // One expression for a month (or day) with its relative year, however it is written.
  runCases('2013-05-10', [
    { text: 'The rebels took Homs in March last year.', surface: 'March last year', value: '2012-03' },
    { text: 'March last year, the rebels took Homs.', surface: 'March last year', value: '2012-03' },
    { text: 'In March of last year the rebels took Homs.', surface: 'March of last year', value: '2012-03' },
    { text: 'The vote is due in June this year.', surface: 'June this year', value: '2013-06' },
    { text: 'Talks resume in May next year.', surface: 'May next year', value: '2014-05' },
    {
      text: 'On 5 March last year the rebels took Homs.',
      surface: '5 March last year',
      value: '2012-03-05',
      precision: 'day',
    },
    { text: 'On March 5 last year the rebels took Homs.', surface: 'March 5 last year', value: '2012-03-05' },
    {
      text: 'In mid-May next year talks resume.',
      surface: 'mid-May next year',
      value: '2014-05',
      mod: 'MID',
    },
  ]);

  it('leaves "last year\'s" to the noun it modifies', () => {
    const results = tag("In March last year's winner quit.", { reference: '2013-05-10' });
    expect(results.map((r) => r.text)).not.toContain("March last year's");
    expect(results.map((r) => r.text)).not.toContain('March last year');
  });

  it('leaves the verb "may" alone', () => {
    const results = tag('Officials may this year decide.', { reference: '2013-09-21' });
    expect(results.map((r) => r.text)).toEqual(['this year']);
  });
});
