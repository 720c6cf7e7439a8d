import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('chronoParser (explicit dates and times), DCT Friday 2013-03-22', () => {
  runCases('2013-03-22', [
    { text: 'The vote on 3/22 passed.', surface: '3/22', value: '2013-03-22' },
    { text: 'Shares have risen since 1/15.', surface: '1/15', value: '2013-01-15' },
    { text: 'On March 22, 2013 it closed.', surface: 'March 22, 2013', value: '2013-03-22' },
    { text: 'He arrived on 22 March.', surface: '22 March', value: '2013-03-22' },
    // A title after the month ("First Lady") is no day of it.
    { text: 'In March, First Lady Asma was targeted.', surface: 'March', value: '2013-03' },
    { text: 'The vote is on March First in Cairo.', surface: 'March First', value: '2013-03-01' },
    // A 24-hour clock with its zone after a date is no year of it; a year near the DCT stays one.
    {
      text: '18 MARCH, 2200 GMT, SANTO DOMINGO AIRPORT Aid arrived.',
      surface: '18 MARCH',
      value: '2013-03-18',
    },
    { text: 'On 18 March, 0930 GMT, the plane landed.', surface: '18 March', value: '2013-03-18' },
    // A page's stamp with hours.minutes and a zone is a clock time, not a bare year.
    {
      text: 'Monday 18 March 2013 18.00 GMT Barack Obama has drawn criticism.',
      surface: 'Monday 18 March 2013 18.00 GMT',
      value: '2013-03-18T18:00',
    },
    {
      text: 'It happened on March 22, 2013.',
      surface: 'March 22, 2013',
      value: '2013-03-22',
      type: 'DATE',
      precision: 'day',
    },
    {
      text: 'Talks began 22 March in Geneva.',
      surface: '22 March',
      value: '2013-03-22',
      precision: 'day',
      anchor: 'dct',
    },
    {
      text: 'He left at 3:30 p.m. after the vote.',
      surface: '3:30 p.m.',
      value: '2013-03-22T15:30',
      type: 'TIME',
      precision: 'time',
    },
    {
      text: 'The plan, published in January 2012, failed.',
      surface: 'January 2012',
      value: '2012-01',
      precision: 'month',
    },
    { text: 'The council met from March 3 to 5 in Geneva.', surface: 'March 3', value: '2013-03-03' },
    { text: 'The council met from March 3 to 5 in Geneva.', surface: '5', value: '2013-03-05' },
    {
      text: 'Officials said on Friday that talks failed.',
      surface: 'Friday',
      value: '2013-03-22',
      type: 'DATE',
    },
  ]);

  it('does not read fractions, bare numbers or "Sun" as dates', () => {
    const results = tag('About 7/8 of the 125 voters read The Sun at 20 past.', { reference: '2013-03-22' });
    expect(results.map((r) => r.text)).toEqual([]);
  });

  // After a month name a year is four digits or an apostrophe form; "June, 50" is a count.
  runCases('2013-07-22', [
    {
      text: 'Since the start of June, 50 people died.',
      surface: 'the start of June',
      value: '2013-06',
      mod: 'START',
    },
    { text: 'On May 5, 12 people died.', surface: 'May 5', value: '2013-05-05' },
    { text: 'The fighting in June, 2011 was fierce.', surface: 'June, 2011', value: '2011-06' },
    { text: 'Voting ended on May 5, 2012.', surface: 'May 5, 2012', value: '2012-05-05' },
    // A comma right after the month parts it from a count: "In May, 11 pilgrims were abducted".
    { text: 'In May, 11 Lebanese pilgrims were abducted.', surface: 'May', value: '2013-05' },
  ]);

  it('does not read the verb "may" as May', () => {
    expect(tag('Prices may rise.', { reference: '2013-03-22' })).toEqual([]);
  });

  // Clock times chrono half-reads: "4 in the morning", "7 in the evening", a price after a date.
  runCases('2013-03-22', [
    { text: 'He will leave at 4 in the morning.', surface: '4 in the morning', value: '2013-03-22T04:00' },
    { text: 'He left at 7 in the evening.', surface: '7 in the evening', value: '2013-03-22T19:00' },
    { text: 'Shots rang out at 10 at night.', surface: '10 at night', value: '2013-03-22T22:00' },
    {
      text: 'Holders may sell after Jan. 1, 1990 at 1,015 francs a share.',
      surface: 'Jan. 1, 1990',
      value: '1990-01-01',
      type: 'DATE',
    },
    { text: 'It closed Jan. 5, 1990, 12 people said.', surface: 'Jan. 5, 1990', value: '1990-01-05' },
    { text: 'The index fell 1.4%, or 6.43, on Friday, to 437.68.', surface: 'Friday', value: '2013-03-22' },
    {
      text: 'He arrived on March 3. At 10 a.m. he left.',
      surface: 'March 3',
      value: '2013-03-03',
      type: 'DATE',
    },
  ]);

  it('keeps a date and a clock time apart across a sentence end', () => {
    const results = tag('He arrived on March 3. At 10 a.m. he left.', { reference: '2013-03-22' });
    expect(results.map((r) => [r.text, r.type])).toEqual([
      ['March 3', 'DATE'],
      ['10 a.m.', 'TIME'],
    ]);
  });

  it('does not read a price fraction as a date and a time', () => {
    expect(tag('The notes pay 12 3/4%, he said.', { reference: '1989-10-30' })).toEqual([]);
  });
});
