import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('decadeParser and spelledDecadeParser, DCT 1998-10-26', () => {
  runCases('1998-10-26', [
    { text: 'Its goal is a 50% share by the mid-1990s.', surface: 'the mid-1990s', value: '199', mod: 'MID' },
    {
      text: 'They held power in the late 1970s.',
      surface: 'the late 1970s',
      value: '197',
      mod: 'END',
      rangeStart: '1977-01-01',
    },
    { text: 'It bought a share in the early 1980s.', surface: 'the early 1980s', value: '198', mod: 'START' },
    { text: 'Prices rose in early 1990s markets.', surface: 'early 1990s', value: '199', mod: 'START' },
    { text: "Music of the mid-'90s returned.", surface: "the mid-'90s", value: '199', mod: 'MID' },
    { text: 'Hate groups declined through the nineties.', surface: 'the nineties', value: '199' },
    { text: 'It was built in the eighties.', surface: 'the eighties', value: '198', mod: undefined },
    { text: 'A boom in the late sixties ended.', surface: 'the late sixties', value: '196', mod: 'END' },
    { text: 'Jazz of the nineteen-twenties is back.', surface: 'the nineteen-twenties', value: '192' },
    {
      text: "Sales slowed during the last half of the '80s.",
      surface: "the last half of the '80s",
      value: '198',
      mod: 'END',
    },
    {
      text: 'Rates fell in the first half of the 1990s.',
      surface: 'the first half of the 1990s',
      value: '199',
      mod: 'START',
    },
    // A modifier the decade parser does not know is left to the modifier refiner.
    { text: 'It ended at the end of the 1980s.', surface: 'the end of the 1980s', value: '198', mod: 'END' },
  ]);

  // A two-digit decade is the latest one that has begun by the DCT.
  runCases('2025-03-01', [
    { text: 'Music of the twenties returned.', surface: 'the twenties', value: '202' },
    { text: "Music of the '30s returned.", surface: "the '30s", value: '193' },
  ]);

  it.each([
    ['Temperatures were in the mid-nineties on Monday.', 'nineties'],
    ['He died in his late eighties on Monday.', 'eighties'],
    ['Highs will reach the upper eighties on Monday.', 'eighties'],
    ["She drives a mid-'90s style sedan, police said on Monday.", "'90s"],
    ['He carried a 1990s-era rifle on Monday.', '1990s'],
    ['Prices moved from 1980s-1990s levels on Monday.', '1980s'],
    ['Temperatures hit the mid-90s on Monday.', '90s'],
  ])('does not read an age, a temperature or a style as a decade: %s', (text, word) => {
    const results = tag(text, { reference: '1998-10-26' });
    expect(results.some((r) => r.text.includes(word))).toBe(false);
    expect(results.some((r) => r.text === 'Monday')).toBe(true);
  });
});
