import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimexValue } from '../../../src/temporal/eval/timexValue.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

/** [surface, type, value] of every expression, in order. */
function found(text: string, reference: string): [string, string, string][] {
  return tag(text, { reference }).map((t) => [t.text, t.type, t.value]);
}

/** The explanation of the expression whose text is `surface`. */
function explained(text: string, reference: string, surface: string): string | undefined {
  return tag(text, { reference }).find((t) => t.text === surface)?.explanation;
}

// A Friday, so past and future weekdays land on different dates.
const DCT = '2013-03-22';

describe('frequencyParser and everyParser, DCT 2013-03-22', () => {
  runCases(DCT, [
    { text: 'Farmers plant each season.', surface: 'each season', value: 'P3M', type: 'SET' },
    { text: 'They meet every day.', surface: 'every day', value: 'P1D', type: 'SET' },
    { text: 'Snow falls every winter.', surface: 'every winter', value: 'XXXX-WI', type: 'SET' },
    { text: 'The paper appears weekly.', surface: 'weekly', value: 'P1W', type: 'SET' },
    { text: 'Rates are set each year.', surface: 'each year', value: 'P1Y', type: 'SET' },
    { text: 'The club meets every Monday.', surface: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
    { text: 'The board meets every other week.', surface: 'every other week', value: 'P2W', type: 'SET' },
    {
      text: 'Orangemen march each July from their rural church back downtown.',
      surface: 'each July',
      value: 'XXXX-07',
      type: 'SET',
    },
    {
      text: 'Every March the river floods the valley.',
      surface: 'Every March',
      value: 'XXXX-03',
      type: 'SET',
    },
    {
      text: 'Veterans have gathered at the memorial every Nov. 11 since 1919.',
      surface: 'every Nov. 11',
      value: 'XXXX-11-11',
      type: 'SET',
    },
    {
      text: 'Fees are due every March 15 and Sept. 15, the agency said.',
      surface: 'Sept. 15',
      value: 'XXXX-09-15',
      type: 'SET',
    },
    {
      text: 'The council meets every Monday, Wednesday and Friday at city hall.',
      surface: 'Wednesday',
      value: 'XXXX-WXX-3',
      type: 'SET',
    },
    {
      text: 'The council meets every Monday, Wednesday and Friday at city hall.',
      surface: 'Friday',
      value: 'XXXX-WXX-5',
      type: 'SET',
    },
    {
      text: 'Mass is said each Sunday morning in the chapel.',
      surface: 'each Sunday morning',
      value: 'XXXX-WXX-7TMO',
      type: 'SET',
    },
    {
      text: 'The market opens every Saturday and Sunday afternoon.',
      surface: 'every Saturday',
      value: 'XXXX-WXX-6TAF',
    },
    { text: 'Tourists crowd the beaches every summer.', surface: 'every summer', value: 'XXXX-SU' },
    { text: 'The roads close each winter and spring.', surface: 'spring', value: 'XXXX-SP' },
    { text: 'Traffic doubles every weekend.', surface: 'every weekend', value: 'XXXX-WXX-WE' },
    {
      text: 'Unisys must pay about $100 million in interest every quarter.',
      surface: 'every quarter',
      value: 'P1Q',
    },
  ]);

  it('leaves "each may", "every march" and "March each year" alone', () => {
    expect(found('Each may choose a partner, officials said on Monday.', DCT)).toEqual([
      ['Monday', 'DATE', '2013-03-18'],
    ]);
    expect(found('Every march on Washington ends at the Mall.', DCT)).toEqual([]);
    // The month before "each year" is not "each <month>": "each year" is the SET.
    const march = found('The festival takes place in March each year.', DCT);
    expect(march).toContainEqual(['each year', 'SET', 'P1Y']);
    expect(march.find(([text]) => text === 'March')?.[1]).toBe('DATE');
  });
});

describe('everyParser: a month or weekday that begins a name', () => {
  const sets = (text: string) => tag(text, { reference: DCT }).filter((t) => t.type === 'SET');

  it('is no recurring month or weekday', () => {
    expect(sets('Every May Day workers march through the capital.')).toEqual([]);
    expect(sets("Every April Fools' Day the paper runs a hoax on its front page.")).toEqual([]);
    expect(sets('Every Sunday Times reader knows the column, the editor said.')).toEqual([]);
    expect(sets('Every March on Washington ends at the Mall.')).toEqual([]);
    expect(sets('Every Monday Night Football broadcast draws millions.')).toEqual([]);
  });

  it('still lists months and weekdays that follow one another', () => {
    expect(found('Every March and April the river floods the valley.', DCT)).toEqual([
      ['Every March', 'SET', 'XXXX-03'],
      ['April', 'SET', 'XXXX-04'],
    ]);
    expect(found('Every Monday, Wednesday and Friday the council meets.', DCT)).toEqual([
      ['Every Monday', 'SET', 'XXXX-WXX-1'],
      ['Wednesday', 'SET', 'XXXX-WXX-3'],
      ['Friday', 'SET', 'XXXX-WXX-5'],
    ]);
  });
});

describe('everyParser explanations', () => {
  it('says how often in words', () => {
    expect(explained('Every quarter the company pays a dividend.', DCT, 'Every quarter')).toBe(
      '"Every quarter" recurs every quarter',
    );
    expect(explained('Analysts review the rating every two quarters.', DCT, 'every two quarters')).toBe(
      '"every two quarters" recurs every 2 quarters',
    );
    expect(explained('The board meets every other week.', DCT, 'every other week')).toBe(
      '"every other week" recurs every other week (P2W)',
    );
    expect(explained('They meet every day.', DCT, 'every day')).toBe('"every day" recurs every day (P1D)');
  });

  it('says "every other week" for every other Monday', () => {
    const hit = tag('The panel meets every other Monday in the annex.', { reference: DCT }).find(
      (t) => t.text === 'every other Monday',
    );
    expect(hit?.value).toBe('XXXX-WXX-1');
    expect(hit?.explanation).toBe('"Monday" recurs every other week');
  });
});

describe('frequencyParser: "daily" and "weekly" naming a publication', () => {
  const texts = (text: string) => tag(text, { reference: '2000-01-10' }).map((r) => r.text);

  it('is no repetition before a title or a word for a paper', () => {
    expect(texts('The Communist Party daily Granma compared them.')).toEqual([]);
    expect(texts('The weekly Der Spiegel and a daily newspaper said so.')).toEqual([]);
  });

  it('still repeats in "daily flights" and "twice daily"', () => {
    expect(texts('Qantas plans daily flights, twice daily.')).toEqual(['daily', 'daily']);
  });
});

describe('SET parsers in the pipeline', () => {
  const FRAGMENTS = [
    'every',
    'each',
    'July',
    'July 4',
    'may',
    'Monday',
    'Mondays',
    'Tuesday nights',
    'Sunday morning',
    'and',
    'or',
    'the past three',
    'summers',
    'winter',
    'the second and fourth quarters',
    'usually',
    'from March 30',
    'ago',
    'were',
    'will',
    "'",
    'Black',
    '.',
    ',',
  ];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '', ', ', '\n', ' and ')), {
      maxLength: 14,
    })
    .map((parts) => parts.map(([f, s]) => f + s).join(''));

  it('returns sorted, non-overlapping spans with valid TIMEX3 values', () => {
    fc.assert(
      fc.property(text, (t) => {
        let previousEnd = 0;
        for (const r of tag(t, { reference: DCT })) {
          expect(r.start).toBeGreaterThanOrEqual(previousEnd);
          expect(r.end).toBeGreaterThan(r.start);
          expect(t.slice(r.start, r.end)).toBe(r.text);
          expect(isTimexValue(r.value), `value ${r.value} of "${r.text}"`).toBe(true);
          previousEnd = r.end;
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});

describe('frequencyParser and newspapers', () => {
  it('takes "the state-run daily said" for a paper and "rose daily" for a repetition', () => {
    const sets = (text: string) => tag(text, { reference: '2011-12-17' }).filter((t) => t.type === 'SET');
    expect(sets('The state-run daily said talks failed.')).toEqual([]);
    expect(sets('Exports rose daily.').map((t) => t.value)).toEqual(['P1D']);
  });
});
