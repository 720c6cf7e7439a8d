import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TemporalExpression } from '../../../src/model/timex.ts';
import { configuration } from '../../../src/temporal/configuration.ts';
import { createContext } from '../../../src/temporal/context.ts';
import { finalize } from '../../../src/temporal/draft.ts';
import { isTimexValue } from '../../../src/temporal/eval/timexValue.ts';
import {
  everyParser,
  frequencyParser,
  habitualQuarterParser,
  seasonSeriesParser,
  weekdaySetParser,
} from '../../../src/temporal/parsers/setParser.ts';
import { runParser, runPipeline, type TaggerConfiguration } from '../../../src/temporal/pipeline.ts';
import { tag } from '../../../src/temporal/tag.ts';
import type { Case } from '../helpers.ts';

/** The tagger's configuration with the SET parsers of this file, whether or not it registers them yet. */
const WITH_SETS: TaggerConfiguration = {
  parsers: [
    ...configuration.parsers,
    ...[frequencyParser, everyParser, weekdaySetParser, seasonSeriesParser, habitualQuarterParser].filter(
      (p) => !configuration.parsers.includes(p),
    ),
  ],
  refiners: configuration.refiners,
};

function tagSets(text: string, reference: string): TemporalExpression[] {
  return runPipeline(createContext(text, reference), WITH_SETS).map((d) => finalize(text, d));
}

/** [surface, type, value] of every expression, in order. */
function found(text: string, reference: string): [string, string, string][] {
  return tagSets(text, reference).map((t) => [t.text, t.type, t.value]);
}

/** Like `runCases`, through `WITH_SETS`. */
function runSetCases(reference: string, cases: readonly Case[]): void {
  for (const c of cases) {
    it(`${c.surface} in "${c.text}" → ${c.value}`, () => {
      const hit = tagSets(c.text, reference).find((t) => t.text === c.surface);
      expect(hit, JSON.stringify(found(c.text, reference))).toBeDefined();
      expect({ value: hit?.value, ...(c.type ? { type: hit?.type } : {}) }).toEqual({
        value: c.value,
        ...(c.type ? { type: c.type } : {}),
      });
    });
  }
}

// A Friday, so past and future weekdays land on different dates.
const DCT = '2013-03-22';

describe('frequencyParser and everyParser, DCT 2013-03-22', () => {
  runSetCases(DCT, [
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

describe('weekdaySetParser, DCT 2013-03-22 (a Friday)', () => {
  runSetCases(DCT, [
    {
      text: 'Protesters gather on Sundays outside the embassy.',
      surface: 'Sundays',
      value: 'XXXX-WXX-7',
      type: 'SET',
    },
    {
      text: 'The program airs Tuesday nights on CBS.',
      surface: 'Tuesday nights',
      value: 'XXXX-WXX-2TNI',
      type: 'SET',
    },
    {
      text: 'The clinic is open Sunday mornings and Wednesday afternoons.',
      surface: 'Wednesday afternoons',
      value: 'XXXX-WXX-3TAF',
    },
    { text: 'Shops close on Saturdays and Sundays.', surface: 'Saturdays', value: 'XXXX-WXX-6' },
    {
      text: 'He has sung in the choir for the past three Sundays.',
      surface: 'the past three Sundays',
      value: 'XXXX-WXX-7',
      type: 'SET',
    },
    // TimeBank APW19980213.1320: the series starts on March 30.
    {
      text: 'Two new flights would leave Bombay on Monday and Tuesday nights from March 30.',
      surface: 'Monday',
      value: 'XXXX-WXX-1TNI',
      type: 'SET',
    },
    {
      text: 'Two new flights would leave Bombay on Monday and Tuesday nights from March 30.',
      surface: 'Tuesday nights',
      value: 'XXXX-WXX-2TNI',
      type: 'SET',
    },
    {
      text: 'Bars in the old town are crowded on Friday and Saturday nights.',
      surface: 'Friday',
      value: 'XXXX-WXX-5TNI',
      type: 'SET',
    },
    {
      text: 'The show usually airs on Monday and Tuesday nights.',
      surface: 'Monday',
      value: 'XXXX-WXX-1TNI',
      type: 'SET',
    },
  ]);

  it('reads coordinated nights in a past or plainly future clause as two dated nights', () => {
    expect(found('Storms hit the coast on Saturday and Sunday nights, killing four.', DCT)).toEqual([
      ['Saturday', 'TIME', '2013-03-16TNI'],
      ['Sunday nights', 'TIME', '2013-03-17TNI'],
    ]);
    expect(found('The talks will be held on Monday and Tuesday nights.', DCT)).toEqual([
      ['Monday', 'TIME', '2013-03-25TNI'],
      ['Tuesday nights', 'TIME', '2013-03-26TNI'],
    ]);
  });

  it('keeps single past nights dated', () => {
    expect(found('The Tuesday night raid killed three people.', DCT)).toEqual([
      ['Tuesday night', 'TIME', '2013-03-19TNI'],
    ]);
    expect(found("Monday night's game drew a record audience.", DCT)).toEqual([
      ['Monday night', 'TIME', '2013-03-18TNI'],
    ]);
    // A misplaced apostrophe: one game, one night.
    expect(found("He watched Monday nights' game at a bar.", DCT)).toEqual([
      ['Monday nights', 'TIME', '2013-03-18TNI'],
    ]);
  });

  it('leaves names, occasions and counted days ago alone', () => {
    const sets = (text: string) => tagSets(text, DCT).filter((t) => t.type === 'SET');
    expect(sets('Black Fridays and Super Tuesdays are big events on Mondays.').map((t) => t.text)).toEqual([
      'Mondays',
    ]);
    expect(sets('Students joined the Fridays for Future strikes on Friday.')).toEqual([]);
    expect(sets('An early Happy Mondays session was aired on Tuesday.')).toEqual([]);
    expect(sets('He sang alone two Sundays ago.')).toEqual([]);
  });

  it('does not pull a lone weekday into a following plural', () => {
    expect(found('The vote was held Friday, Sundays are quiet here.', DCT)).toEqual([
      ['Friday', 'DATE', '2013-03-22'],
      ['Sundays', 'SET', 'XXXX-WXX-7'],
    ]);
  });
});

describe('seasonSeriesParser', () => {
  runSetCases('1998-03-22', [
    {
      text: 'The dispute has provoked violence in Northern Ireland for the past three summers.',
      surface: 'the past three summers',
      value: 'XXXX-SU',
      type: 'SET',
    },
    { text: 'Recent winters have been mild.', surface: 'Recent winters', value: 'XXXX-WI' },
  ]);

  it('does not read "falls" as autumns', () => {
    expect(found('Shares recovered after the last two falls.', DCT)).toEqual([]);
  });
});

describe('habitualQuarterParser', () => {
  it('reads coordinated quarters in a habitual clause as quarters of every year', () => {
    expect(
      found(
        'The company said 80% of its auction business is usually conducted in the second and fourth quarters.',
        '1989-10-30',
      ),
    ).toEqual([
      ['second', 'SET', 'XXXX-Q2'],
      ['fourth quarters', 'SET', 'XXXX-Q4'],
    ]);
  });

  it('leaves reported quarters to the quarter parser', () => {
    const sets = tagSets('Profit rose in the second and third quarters.', '1989-10-30').filter(
      (t) => t.type === 'SET',
    );
    expect(sets).toEqual([]);
  });
});

describe('weekdaySetParser anchor', () => {
  const WORDS = ['the', 'past', 'last', 'twenty', 'four', 'and', 'a', 'half', 'three', 'Sundays', 'Monday'];
  const MORE = ['nights', 'night', 'mornings', 'or', ',', 'ago', "'", 'Black', 'Fridays', 'Tuesday', 'each'];
  const SEPARATORS = [' ', ' ', '  ', '-', ', ', '\n', '\u00a0', ''];

  it('finds its longest match', () => {
    const context = createContext('It said the past twenty four and a half Sundays.', DCT);
    const { anchor: _, ...fullScan } = weekdaySetParser;
    const anchored = runParser(context, weekdaySetParser);
    expect(anchored.map((d) => d.value)).toEqual(['XXXX-WXX-7']);
    expect(anchored).toEqual(runParser(context, fullScan));
  });

  it('finds what a full scan finds', () => {
    const { anchor, ...fullScan } = weekdaySetParser;
    expect(anchor).toBeDefined();
    const soup = fc.array(
      fc.tuple(fc.constantFrom(...WORDS, ...MORE), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s),
      { maxLength: 24 },
    );
    let total = 0;
    fc.assert(
      fc.property(soup, (parts) => {
        const context = createContext(parts.join(''), DCT);
        const anchored = runParser(context, weekdaySetParser);
        expect(anchored).toEqual(runParser(context, fullScan));
        total += anchored.length;
      }),
      { numRuns: 1500, seed: 7 },
    );
    // The soups must exercise the parser, or the comparison proves nothing.
    expect(total).toBeGreaterThan(20);
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
        for (const r of tagSets(t, DCT)) {
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
