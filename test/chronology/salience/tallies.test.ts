import { describe, expect, it } from 'vitest';
import { isCumulative, readTally, TALLY_CUES } from '../../../src/chronology/salience/tallies.ts';

describe('isCumulative', () => {
  it.each([
    'The death toll rose to 9,000, the UN said.',
    'More than 5,000 civilians have been killed since March.',
    'At least 200 people have died since the uprising began.',
    'So far 1,200 cases have been confirmed worldwide.',
    'The number of confirmed cases rose to 331.',
    'In total, 11 workers died.',
  ])('reads a running total in %j', (s) => {
    expect(isCumulative(s)).toBe(true);
  });

  it.each([
    'Five people were killed in a bomb blast in Damascus on Friday.',
    'The Arab League voted to suspend Syria.',
    'Troops began shelling Homs on 3 February.',
  ])('leaves one happening alone: %j', (s) => {
    expect(isCumulative(s)).toBe(false);
  });
});

describe('readTally', () => {
  it('reads the figure after a toll', () => {
    expect(readTally('The death toll rose to 9,000, the UN said.')).toEqual({
      value: 9000,
      measure: 'deaths',
    });
  });

  it('reads the figure before what it counts, not the year of "since"', () => {
    expect(readTally('More than 5,000 civilians have been killed since 2011.')).toEqual({
      value: 5000,
      measure: 'deaths',
    });
  });

  it('scales millions and tells the measure', () => {
    expect(readTally('Some 1.5 million people have been displaced so far.')).toEqual({
      value: 1_500_000,
      measure: 'displaced',
    });
    expect(readTally('The number of confirmed cases rose to 331.')).toEqual({ value: 331, measure: 'cases' });
  });

  it('takes the total, not a part of it', () => {
    expect(readTally('At least 9,000 people have died since March, including 500 children killed.')).toEqual({
      value: 9000,
      measure: 'deaths',
    });
  });

  it('gives nothing for a single happening or a total of money', () => {
    expect(readTally('Five people were killed in a blast on Friday.')).toBeNull();
    expect(readTally('BP has paid $2bn in total so far.')).toBeNull();
  });
});

describe('one day is not a running total', () => {
  it.each([
    'A total of 24 civilians died on Saturday, the Observatory said.',
    'Activists say at least 33 people have been killed across the country today so far.',
  ])('%j', (s) => {
    expect(isCumulative(s)).toBe(false);
  });

  it('but a toll that rose on a given day is one', () => {
    expect(readTally('The death toll rose to 9,000 on Monday.')).toEqual({ value: 9000, measure: 'deaths' });
  });
});

describe('TALLY_CUES', () => {
  it('are plain case-insensitive patterns, so that one alternation of them matches where one of them does', () => {
    for (const cue of TALLY_CUES) {
      expect(cue.flags).toBe('i');
      // No back-reference nor named group, whose numbering or names the alternation would change.
      expect(cue.source.replace(/\(\?<[=!]/g, '')).not.toMatch(/\\[1-9k]|\(\?</);
    }
  });
});
