import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('theYearParser, DCT 1989-11-02', () => {
  runCases('1989-11-02', [
    { text: 'For the year, volume was flat.', surface: 'the year', value: '1989', precision: 'year' },
    { text: 'Sales for the full year were $6.6 billion.', surface: 'the full year', value: '1989' },
    { text: 'It expects lower earnings for the fiscal year.', surface: 'the fiscal year', value: '1989' },
    { text: 'Sales in the current fiscal year rose.', surface: 'the current fiscal year', value: '1989' },
    // Results "for the year ended Sept. 30" cover twelve months: a duration.
    {
      text: 'For the year ended Sept. 30, Ralston earned $422.5 million.',
      surface: 'the year',
      value: 'P1Y',
      type: 'DURATION',
    },
    { text: 'Revenue for the fiscal year ending March 31 rose.', surface: 'the fiscal year', value: 'P1Y' },
    { text: 'Net for the year that ended Sept. 30 fell.', surface: 'the year', value: 'P1Y' },
    { text: 'Net for the year that ends June 30 will rise.', surface: 'the year', value: 'P1Y' },
    {
      text: 'It sees results in the current fiscal year that are slightly lower.',
      surface: 'the current fiscal year',
      value: '1989',
    },
  ]);

  it('leaves "the year that he died" alone: a relative clause names another year', () => {
    expect(tag('It was the year that he died.', { reference: '1989-11-02' })).toEqual([]);
  });

  it('leaves "the year 2000" and "the year before" to other parsers', () => {
    const texts = tag('By the year 2000 it grew, up from the year before.', { reference: '1989-11-02' }).map(
      (r) => [r.text, r.value],
    );
    expect(texts).toContainEqual(['the year 2000', '2000']);
    expect(texts.some(([t]) => t === 'the year')).toBe(false);
  });
});

describe('yearEndParser', () => {
  runCases('1989-10-30', [
    { text: 'The deal should close by year-end.', surface: 'year-end', value: '1989', mod: 'END' },
    { text: 'It expects to cut 6,000 jobs by year end.', surface: 'year end', value: '1989' },
    { text: 'The percentage change is since year-end.', surface: 'year-end', value: '1988', mod: 'END' },
    { text: "Prices fell toward the year's end.", surface: "the year's end", value: '1989' },
  ]);
  runCases('1990-01-15', [{ text: 'Sales rose sharply at year-end.', surface: 'year-end', value: '1989' }]);
});
