import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('comparisonPeriodParser, earnings report of Monday 1989-10-30', () => {
  runCases('1989-10-30', [
    {
      text: 'Net rose in the third quarter. In the year-ago third quarter, it earned $22.5 million.',
      surface: 'the year-ago third quarter',
      value: '1988-Q3',
    },
    {
      text: 'Net rose 5% in the third quarter. For the quarter a year ago, it earned $16.3 million.',
      surface: 'the quarter a year ago',
      value: '1988-Q3',
      anchor: 'narrative',
    },
    {
      text: 'Profit rose in the second quarter, against $1.8 million for the corresponding period last year.',
      surface: 'the corresponding period last year',
      value: '1988-Q2',
    },
    {
      text: "Profit in the third quarter rose. U.K. sales for last year's quarter were $3 million.",
      surface: "last year's quarter",
      value: '1988-Q3',
    },
    {
      text: 'Net rose in the second quarter. In the comparable year-ago quarter, it lost money.',
      surface: 'the comparable year-ago quarter',
      value: '1988-Q2',
    },
    {
      text: 'Net for the year-earlier nine months also included a gain.',
      surface: 'the year-earlier nine months',
      value: 'P9M',
      type: 'DURATION',
    },
    {
      text: 'Net rose in the third quarter. Profit in the 1989 period rose from the 1988 period.',
      surface: 'the 1988 period',
      value: '1988-Q3',
    },
    // With no quarter named before, "the 1988 period" is that year.
    { text: 'Profit in the 1988 period rose.', surface: 'the 1988 period', value: '1988' },
    // A quarter the story forecasts is not the one it reports.
    {
      text: 'Net rose in the third quarter. It expects gains in the third quarter of 1990. In the year-ago period it lost money.',
      surface: 'the year-ago period',
      value: '1988-Q3',
    },
  ]);

  it('does not step back twice: "the year-ago results" after the year-ago period is that period', () => {
    const text =
      'Net rose in the third quarter, against a loss in the 1988 period. The year-ago results included a charge.';
    const values = tag(text, { reference: '1989-10-30' }).map((r) => [r.text, r.value]);
    expect(values).toContainEqual(['The year-ago', '1988-Q3']);
  });

  it('steps back from a year the story states, or a quarter it reports', () => {
    const values = (text: string, dct = '1989-10-30') =>
      tag(text, { reference: dct }).map((r) => [r.text, r.value]);
    expect(values('Net was $5 million in 1986, against a year-earlier loss.')).toContainEqual([
      'year-earlier',
      '1985',
    ]);
    expect(
      values('In the third quarter of 1987, profit rose. The year-ago quarter included a charge.'),
    ).toContainEqual(['The year-ago quarter', '1986-Q3']);
    // The current quarter named in the same sentence is the one compared.
    expect(
      values(
        'XYZ warned that fourth-quarter profit will fall sharply from the year-ago quarter.',
        '1989-12-20',
      ),
    ).toContainEqual(['the year-ago quarter', '1988-Q4']);
    // In another sentence a forecast of the current quarter is not the reported one.
    expect(
      values(
        'Net fell in the third quarter. Losses will continue into the fourth quarter. In the year-ago period, it earned $101 million.',
        '1989-12-20',
      ),
    ).toContainEqual(['the year-ago period', '1988-Q3']);
  });

  it('still steps back from a narrated year: "in 1988. A year earlier"', () => {
    const values = tag('It earned $5 in 1988. A year earlier it lost money.', {
      reference: '1989-10-30',
    }).map((r) => [r.text, r.value]);
    expect(values).toContainEqual(['A year earlier', '1987']);
  });
});
