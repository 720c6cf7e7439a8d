import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('yearParser, decadeParser, centuryParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'The law passed in 2009.',
      surface: '2009',
      value: '2009',
      precision: 'year',
      rangeStart: '2009-01-01',
    },
    { text: 'Output rose between 2009 and 2010.', surface: '2010', value: '2010' },
    { text: 'Profit in fiscal 1989 fell.', surface: 'fiscal 1989', value: '1989' },
    { text: 'Crime fell in the 1990s.', surface: 'the 1990s', value: '199', precision: 'decade' },
    { text: "It was popular in the '80s.", surface: "the '80s", value: '198' },
    { text: 'Borders drawn in the 20th century.', surface: 'the 20th century', value: '19' },
    {
      text: 'Late 2012 saw gains.',
      surface: 'Late 2012',
      value: '2012',
      mod: 'END',
      rangeStart: '2012-09-01',
    },
    { text: 'Prices peaked in mid-1996.', surface: 'mid-1996', value: '1996', mod: 'MID' },
  ]);

  it('does not read counts or money as years', () => {
    const results = tag('He paid $1990 for 2000 shares; 1,995 people came.', { reference: '2013-03-22' });
    expect(results).toEqual([]);
  });
});
