import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('weekOfParser and weekOfDayRefiner, DCT 2000-02-24', () => {
  runCases('2000-02-24', [
    {
      text: 'It may be resolved in a court hearing the week of March 6, his lawyer said.',
      surface: 'the week of March 6',
      value: '2000-W10',
      precision: 'week',
      rangeStart: '2000-03-06',
    },
    // The ISO week containing the day, whatever weekday it is (8 March 2001 is a Thursday).
    {
      text: 'Talks are set for the week of 8 March 2001.',
      surface: 'the week of 8 March 2001',
      value: '2001-W10',
    },
    { text: 'The vote came during the week of Jan. 10.', surface: 'the week of Jan. 10', value: '2000-W02' },
    // ISO week-years: 1 January 1999 belongs to 1998's week 53.
    {
      text: 'Sales peaked the week of Jan. 1, 1999.',
      surface: 'the week of Jan. 1, 1999',
      value: '1998-W53',
    },
  ]);

  it('leaves a plain date a day', () => {
    expect(tag('The hearing is on March 6.', { reference: '2000-02-24' })[0]?.value).toBe('2000-03-06');
  });

  it('does not read "may" as a month', () => {
    expect(tag('in the week of may 5', { reference: '2000-02-24' }).map((r) => r.text)).not.toContain(
      'the week of may 5',
    );
  });
});
