import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('durationParser and vagueDurationParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    { text: 'The troops stay for at least 20 more years.', surface: 'at least 20 more years', value: 'P20Y' },
    { text: 'The deal runs for an additional year.', surface: 'an additional year', value: 'P1Y' },
    { text: 'Eight trading days after the crash, it rose.', surface: 'Eight trading days', value: 'P8D' },
    {
      text: 'Costs are spread over the next three quarters.',
      surface: 'the next three quarters',
      value: 'P9M',
    },
    { text: 'Islam will one day be the largest.', surface: 'one day', value: 'FUTURE_REF', type: 'DATE' },
    { text: 'He hopes he one day follows them.', surface: 'one day', value: 'FUTURE_REF', type: 'DATE' },
    { text: 'He had been in the job one day.', surface: 'one day', value: 'P1D', type: 'DURATION' },
    {
      text: 'It will take the next 12 to 18 months.',
      surface: 'the next 12 to 18 months',
      value: 'PXM',
      type: 'DURATION',
    },
    { text: 'The repairs last two to three weeks.', surface: 'two to three weeks', value: 'PXW' },
    { text: 'Talks took 6-8 years.', surface: '6-8 years', value: 'PXY' },
    {
      text: 'Prices may fall in the weeks ahead.',
      surface: 'the weeks ahead',
      value: 'PXW',
      type: 'DURATION',
    },
    { text: 'He stayed for weeks.', surface: 'weeks', value: 'PXW' },
    {
      text: 'The siege lasted 48 hours.',
      surface: '48 hours',
      value: 'PT48H',
      type: 'DURATION',
      precision: 'time',
    },
    {
      text: 'He served for ten years.',
      surface: 'ten years',
      value: 'P10Y',
      type: 'DURATION',
      precision: 'year',
    },
    { text: 'A two-year contract was signed.', surface: 'two-year', value: 'P2Y' },
    // A half is expressed in the next smaller unit.
    { text: 'She spent 5 1/2 hours in Nairobi.', surface: '5 1/2 hours', value: 'PT5H30M' },
    { text: 'They lived in camps for 2 1/2 years.', surface: '2 1/2 years', value: 'P2Y6M' },
    {
      text: 'But a minute and a half later, a pilot called.',
      surface: 'a minute and a half',
      value: 'PT1M30S',
    },
    // A number ending the previous sentence does not make a rate.
    {
      text: 'Climb to three thousand.\n\nBut a minute passed.',
      surface: 'a minute',
      value: 'PT1M',
    },
    { text: 'It made money after several quarters of losses.', surface: 'several quarters', value: 'PXM' },
    // "recent weeks", "the coming months": spans of unstated length.
    { text: 'Prices fell in recent weeks.', surface: 'recent weeks', value: 'PXW', type: 'DURATION' },
    { text: 'Rates may fall in the coming months.', surface: 'the coming months', value: 'PXM' },
    { text: 'Sales rose in the past two months.', surface: 'the past two months', value: 'P2M' },
    { text: 'It took several months.', surface: 'several months', value: 'PXM', precision: 'vague' },
    { text: 'Searches went on for weeks.', surface: 'weeks', value: 'PXW', type: 'DURATION' },
    { text: 'It took twenty-four hours.', surface: 'twenty-four hours', value: 'PT24H' },
    { text: 'The job took less than a year.', surface: 'less than a year', value: 'P1Y', mod: 'LESS_THAN' },
    {
      text: 'Fighting lasted more than two weeks.',
      surface: 'more than two weeks',
      value: 'P2W',
      mod: 'MORE_THAN',
    },
    {
      text: 'Detention may last up to 30 days.',
      surface: 'up to 30 days',
      value: 'P30D',
      mod: 'EQUAL_OR_LESS',
    },
    { text: 'It took about three years.', surface: 'about three years', value: 'P3Y', mod: 'APPROX' },
  ]);

  runCases('2013-03-22', [
    { text: 'They will have to live without it for a while.', surface: 'a while', value: 'PXX' },
    { text: 'After a little while he left.', surface: 'a little while', value: 'PXX' },
  ]);

  it('leaves "after days of talks" alone', () => {
    expect(tag('After days of talks, they agreed.', { reference: '2013-03-22' })).toEqual([]);
  });

  it('skips ages and rates', () => {
    const results = tag('Mr. Reupke, 52 years old, said it pays $1.76 a year and runs four flights a week.', {
      reference: '2013-03-22',
    });
    expect(results).toEqual([]);
  });

  it('skips fractions, ordinals and a year before a singular unit', () => {
    const text =
      'Iraq imports about three-quarters of its food. A second group left in the 1988 second half.';
    const results = tag(text, { reference: '2013-03-22' });
    expect(results.filter((r) => r.type === 'DURATION')).toEqual([]);
  });
});

describe('compoundSpanParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    { text: "It ended the government's decades-long battle.", surface: 'decades-long', value: 'PXDE' },
    { text: 'They left their third day-long meeting.', surface: 'day-long', value: 'P1D' },
    { text: 'Kenya hoped for an end to a years-old slump.', surface: 'years-old', value: 'PXY' },
    { text: 'The centuries-old bridge fell.', surface: 'centuries-old', value: 'PXCE' },
    { text: 'A month-long strike began.', surface: 'A month-long', value: 'P1M' },
  ]);

  it('leaves ages with a count to the age rule', () => {
    const results = tag('A 6-year-old boy and his 44-year-old father arrived.', { reference: '2013-03-22' });
    expect(results).toEqual([]);
  });
});
