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
    // TIMEX3 writes a century as its first two year digits, "this century" included.
    { text: 'The worst flood of this century struck.', surface: 'this century', value: '20' },
    {
      text: 'Late 2012 saw gains.',
      surface: 'Late 2012',
      value: '2012',
      mod: 'END',
      rangeStart: '2012-09-01',
    },
    { text: 'Prices peaked in mid-1996.', surface: 'mid-1996', value: '1996', mod: 'MID' },
  ]);

  // A year more than five years past the DCT needs a future cue in its sentence.
  runCases('2013-03-22', [
    { text: 'The government will finish the dam by 2030.', surface: '2030', value: '2030' },
    { text: 'Emissions are to fall 40% by 2030.', surface: '2030', value: '2030' },
    { text: 'The plan targets full coverage in 2025.', surface: '2025', value: '2025' },
    { text: 'Elections are expected in 2019.', surface: '2019', value: '2019' },
    { text: 'Qatar hosts the World Cup in 2018.', surface: '2018', value: '2018' },
    { text: 'The notes, puttable in 2023, were priced at par.', surface: '2023', value: '2023' },
    { text: 'The bonds mature in 2033.', surface: '2033', value: '2033' },
  ]);

  it.each([
    'The 2040 plant design was shelved.',
    'Officials counted 2031 ballots in the north.',
    'The 2035 model failed its crash test.',
  ])('drops a far-future year with no future cue: %s', (text) => {
    expect(tag(text, { reference: '2013-03-22' }).map((r) => r.value)).toEqual([]);
  });

  // TIMEX2/HeidelTime convention: "BC" + the century's two digits; no ISO range before year 0.
  runCases('2013-03-22', [
    {
      text: 'The wall dates from the third century B.C. and was restored.',
      surface: 'the third century B.C.',
      value: 'BC02',
    },
    { text: 'A 5th century BC temple was found.', surface: '5th century BC', value: 'BC04' },
    { text: 'Coins from the 2nd century BCE surfaced.', surface: 'the 2nd century BCE', value: 'BC01' },
    {
      text: 'A church of the sixth century A.D. stood here.',
      surface: 'the sixth century A.D.',
      value: '05',
    },
  ]);

  it('gives a BC century no calendar range', () => {
    const [hit] = tag('It was built in the third century B.C.', { reference: '2013-03-22' });
    expect(hit?.value).toBe('BC02');
    expect(hit?.range).toBeUndefined();
  });

  it('does not read counts or money as years', () => {
    const results = tag('He paid $1990 for 2000 shares; 1,995 people came.', { reference: '2013-03-22' });
    expect(results).toEqual([]);
  });
});

describe('yearParser and clock readings', () => {
  const years = (text: string) =>
    tag(text, { reference: '2010-01-14' })
      .filter((t) => t.precision === 'year')
      .map((t) => t.value);
  it('takes a live blog time stamp or a time before its zone for no year', () => {
    expect(
      years('1625 Barbara Jones, a Haitian living in the UK, e-mails: I have not heard from her.'),
    ).toEqual([]);
    expect(years('The quake struck at 1653 local time on Tuesday.')).toEqual([]);
  });
  it('takes the first time of a clock range before its zone for no year', () => {
    expect(years('The BBC will carry his address live (1900 to 2200 EST).')).toEqual([]);
    expect(years('Coverage runs between 2300 and 0200 GMT.')).toEqual([]);
    // (Two years joined are still years; a second number that is no clock time leaves the first a year.)
    expect(years('Troops stayed from 1990 to 1995.')).toEqual(['1990', '1995']);
    expect(years('Prices rose from 1999 to 2075 hours of work.')).toEqual(['1999']);
  });
  it('still reads historical years and recent ones at the start of a sentence', () => {
    expect(years('The war of 1812 ended in 1815.')).toEqual(['1812', '1815']);
    expect(years('2004 was a bad year for Haiti.')).toEqual(['2004']);
  });
});
