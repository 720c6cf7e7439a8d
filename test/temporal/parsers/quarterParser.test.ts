import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('quarterParser and theQuarterParser, DCT 1989-10-26', () => {
  runCases('1989-10-26', [
    { text: 'Profit rose in the third quarter.', surface: 'the third quarter', value: '1989-Q3' },
    {
      text: 'In the 1988 third quarter, it lost money.',
      surface: 'the 1988 third quarter',
      value: '1988-Q3',
    },
    // An amount "last year" in a story about a quarter is that quarter a year back.
    {
      text: 'Net in the third quarter was $5 million, compared with $3 million last year.',
      surface: 'last year',
      value: '1988-Q3',
    },
    {
      text: "Net rose in the third quarter, 13% above last year's $1.55 billion.",
      surface: 'last year',
      value: '1988-Q3',
    },
    {
      text: "Net rose in the third quarter. Last year's results were hurt.",
      surface: 'Last year',
      value: '1988-Q3',
    },
    {
      text: "Net rose in the third quarter. Last year's election was close.",
      surface: 'Last year',
      value: '1988',
    },
    { text: 'Last year the company grew.', surface: 'Last year', value: '1988' },
    // "the latest quarter" is the last one completed, even after a mention of the coming quarter.
    {
      text: 'It expects a loss in the fourth quarter. In the latest quarter, sales rose.',
      surface: 'the latest quarter',
      value: '1989-Q3',
      anchor: 'dct',
    },
    { text: 'Revenue in the latest period rose 9%.', surface: 'the latest period', value: '1989-Q3' },
    { text: 'Net fell for the fiscal-first quarter.', surface: 'the fiscal-first quarter', value: '1989-Q1' },
    // A report on a fiscal quarter named before: "the latest period" is that one.
    {
      text: 'Net rose in its fiscal second quarter. Revenue in the latest period rose 9%.',
      surface: 'the latest period',
      value: '1989-Q2',
      anchor: 'narrative',
    },
    // A comparison point ("a year earlier") is not where the story is: "the quarter" skips it.
    {
      text: 'In the third quarter of 1989 net rose to $5 million from $4 million a year earlier. During the quarter, sales rose.',
      surface: 'the quarter',
      value: '1989-Q3',
      anchor: 'narrative',
    },
  ]);

  runCases('1989-10-26', [
    {
      text: 'It will mean lower earnings for the last half of 1989 and for 1990.',
      surface: 'the last half of 1989',
      value: '1989-H2',
    },
    {
      text: 'Demand stays weak through at least the first two quarters of 1990.',
      surface: 'the first two quarters of 1990',
      value: '1990-H1',
    },
    { text: 'Sales rose in the first half of 1990.', surface: 'the first half of 1990', value: '1990-H1' },
    {
      text: 'Output fell in the first quarter of 1990.',
      surface: 'the first quarter of 1990',
      value: '1990-Q1',
    },
    {
      text: 'Profit rose in the second half of the year.',
      surface: 'the second half of the year',
      value: '1989-H2',
    },
    {
      text: 'Growth will slow in the latter half of next year.',
      surface: 'the latter half of next year',
      value: '1990-H2',
    },
    {
      text: 'Sales in the last quarter of 1988 fell.',
      surface: 'the last quarter of 1988',
      value: '1988-Q4',
    },
    // Bare "last quarter" is the previous quarter, and "the last two quarters" a span back.
    { text: 'Profit fell in the last quarter.', surface: 'the last quarter', value: '1989-Q3' },
    { text: 'Profit fell in the last two quarters.', surface: 'the last two quarters', value: 'P6M' },
  ]);

  it('does not read a half of a smaller unit as a half-year', () => {
    const values = tag('He spoke for the first half hour.', { reference: '1989-10-26' }).map((r) => r.value);
    expect(values).not.toContain('1989-H1');
  });

  it("reads no town's quarter as a quarter of the year", () => {
    const tagged = (text: string) => tag(text, { reference: '2012-07-31' }).map((r) => r.text);
    expect(
      tagged('State television said the quarter of Qarabis had fallen to government forces.'),
    ).not.toContain('the quarter');
    expect(tagged('Sales rose in the quarter, the company said.')).toContain('the quarter');
  });
});
