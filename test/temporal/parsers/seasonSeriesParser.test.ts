import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

/** [surface, type, value] of every expression, in order. */
function found(text: string, reference: string): [string, string, string][] {
  return tag(text, { reference }).map((t) => [t.text, t.type, t.value]);
}

describe('seasonSeriesParser', () => {
  runCases('1998-03-22', [
    {
      text: 'The dispute has provoked violence in Northern Ireland for the past three summers.',
      surface: 'the past three summers',
      value: 'XXXX-SU',
      type: 'SET',
    },
    { text: 'Recent winters have been mild.', surface: 'Recent winters', value: 'XXXX-WI' },
  ]);

  it('does not read "falls" as autumns', () => {
    expect(found('Shares recovered after the last two falls.', '1998-03-22')).toEqual([]);
  });
});
