import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/temporal/context.ts';
import { draft } from '../../../src/temporal/draft.ts';
import { weekdaySetParser } from '../../../src/temporal/parsers/weekdaySetParser.ts';
import { type PatternParser, runParser } from '../../../src/temporal/pipeline.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

/** [surface, type, value] of every expression, in order. */
function found(text: string, reference: string): [string, string, string][] {
  return tag(text, { reference }).map((t) => [t.text, t.type, t.value]);
}

// A Friday, so past and future weekdays land on different dates.
const DCT = '2013-03-22';

describe('weekdaySetParser, DCT 2013-03-22 (a Friday)', () => {
  runCases(DCT, [
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
      type: 'SET',
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
      text: 'The show usually airs on Monday and Tuesday nights.',
      surface: 'Monday',
      value: 'XXXX-WXX-1TNI',
      type: 'SET',
    },
    {
      text: 'Bars in the old town are usually crowded on Friday and Saturday nights.',
      surface: 'Friday',
      value: 'XXXX-WXX-5TNI',
      type: 'SET',
    },
  ]);

  it('reads coordinated nights without a habit or a bound as nights of one week, in any tense', () => {
    expect(found('Police are investigating attacks on Friday and Saturday nights.', DCT)).toEqual([
      ['Friday', 'TIME', '2013-03-15TNI'],
      ['Saturday nights', 'TIME', '2013-03-16TNI'],
    ]);
    expect(found('The shelling on Monday and Tuesday nights is the worst in months.', DCT)).toEqual([
      ['Monday', 'TIME', '2013-03-18TNI'],
      ['Tuesday nights', 'TIME', '2013-03-19TNI'],
      ['months', 'DURATION', 'PXM'],
    ]);
    expect(found('Storms hit the coast on Saturday and Sunday nights, killing four.', DCT)).toEqual([
      ['Saturday', 'TIME', '2013-03-16TNI'],
      ['Sunday nights', 'TIME', '2013-03-17TNI'],
    ]);
    expect(found('The talks will be held on Monday and Tuesday nights.', DCT)).toEqual([
      ['Monday', 'TIME', '2013-03-25TNI'],
      ['Tuesday nights', 'TIME', '2013-03-26TNI'],
    ]);
  });

  it('keeps the order of the text when the DCT falls on one of the nights', () => {
    // Past: the last night is the Saturday before the DCT; the Friday is the day before it.
    expect(found('Officials say riots on Friday and Saturday nights left 12 dead.', DCT)).toEqual([
      ['Friday', 'TIME', '2013-03-15TNI'],
      ['Saturday nights', 'TIME', '2013-03-16TNI'],
    ]);
    // Future: the first night is next Thursday; the Friday is the day after it.
    expect(found('The talks will be held on Thursday and Friday nights.', DCT)).toEqual([
      ['Thursday', 'TIME', '2013-03-28TNI'],
      ['Friday nights', 'TIME', '2013-03-29TNI'],
    ]);
    expect(
      found('Gunmen attacked villages on Thursday, Friday and Saturday nights, the army said.', DCT),
    ).toEqual([
      ['Thursday', 'TIME', '2013-03-14TNI'],
      ['Friday', 'TIME', '2013-03-15TNI'],
      ['Saturday nights', 'TIME', '2013-03-16TNI'],
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
    const sets = (text: string) => tag(text, { reference: DCT }).filter((t) => t.type === 'SET');
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

describe('weekdaySetParser anchor', () => {
  const { anchor, ...fullScan } = weekdaySetParser;
  /** The same pattern, reporting every match it is given as is: the anchor's contract is on matches. */
  const matchesOf = (parser: PatternParser): PatternParser => ({
    ...parser,
    extract: (_context, m) =>
      draft({ start: m.index, end: m.index + m[0].length, type: 'SET', precision: 'vague' }),
  });
  const compare = (text: string, parser: PatternParser = weekdaySetParser) => {
    const context = createContext(text, DCT);
    return {
      anchored: runParser(context, parser),
      full: runParser(context, fullScan),
      anchoredMatches: runParser(context, matchesOf(parser)),
      fullMatches: runParser(context, matchesOf(fullScan)),
    };
  };
  /** As many runs of spaces before the first plural as a match can hold. */
  const LONGEST =
    'It said the past twenty-four and a half Monday morning , and Tuesday morning , and Wednesday morning , and Thursday morning , and Friday morning , and Saturday nights.';

  it.each([
    'It said the past twenty four and a half Sundays.',
    'The plant was idle over the past couple of Thursday, Friday, Saturday and Sunday nights.',
    LONGEST,
  ])('finds its longest match in "%s"', (text) => {
    const { anchored, full, anchoredMatches, fullMatches } = compare(text);
    expect(anchored.length).toBeGreaterThan(0);
    expect(anchored).toEqual(full);
    expect(anchoredMatches).toEqual(fullMatches);
    expect(anchoredMatches[0]?.start).toBe(text.indexOf('the past'));
  });

  it('has a bound no larger than it needs', () => {
    expect(anchor).toBeDefined();
    if (!anchor) return;
    const tighter = { ...weekdaySetParser, anchor: { ...anchor, spacesBefore: anchor.spacesBefore - 1 } };
    const { anchoredMatches, fullMatches } = compare(LONGEST, tighter);
    expect(anchoredMatches).not.toEqual(fullMatches);
  });

  it('finds what a full scan finds, in long weekday lists', () => {
    const WORDS = [
      'the past',
      'last',
      'couple of',
      'twenty-four and a half',
      'three',
      'Sundays',
      'Monday',
      'Tuesday',
      'Wednesday morning',
      'Thursday',
      'Friday',
      'Saturday nights',
      'Sunday mornings',
      'Monday night',
      'and',
      'or',
      '&',
      'ago',
      "'",
      'Black',
      'Fridays',
    ];
    const SEPARATORS = [' ', ', ', ' , and ', ' and ', ', or ', '  ', '-', '\n', '\u00a0', ''];
    const soup = fc.array(
      fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s),
      { maxLength: 20 },
    );
    const LIST_SEPARATORS = [', ', ' , and ', ' and ', ', or ', ' & ', '  ', ' '];
    // Lists of up to nine names, so some run past the longest list a match may hold.
    const list = fc
      .tuple(
        fc.constantFrom('', 'the past ', 'past couple of ', 'the last twenty-four and a half ', 'Black '),
        fc.array(fc.tuple(fc.constantFrom(...WORDS.slice(5, 14)), fc.constantFrom(...LIST_SEPARATORS)), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.constantFrom('.', "'", ' ago', ' from March 30', ' usually'),
      )
      .map(([series, items, tail]) => series + items.map(([w, s]) => w + s).join('') + tail);
    let total = 0;
    let long = 0;
    fc.assert(
      fc.property(soup, list, soup, (before, names, after) => {
        const { anchored, full, anchoredMatches, fullMatches } = compare(
          `${before.join('')} ${names} ${after.join('')}`,
        );
        expect(anchored).toEqual(full);
        expect(anchoredMatches).toEqual(fullMatches);
        total += anchored.length;
        long += anchoredMatches.filter((m) => m.end - m.start > 60).length;
      }),
      { numRuns: 2000, seed: 7 },
    );
    // The soups must exercise the parser, long lists included, or the comparison proves nothing.
    expect(total).toBeGreaterThan(500);
    expect(long).toBeGreaterThan(100);
  });
});
