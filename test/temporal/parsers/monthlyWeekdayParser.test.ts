import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

const found = (text: string) => tag(text, { reference: '2010-09-01' }).map((r) => [r.text, r.type, r.value]);

describe('monthlyWeekdayParser', () => {
  it('reads a weekday counted in its month, in a habit or with "each", as a monthly schedule', () => {
    expect(
      found('Figures, normally reported on the last Tuesday of the month, would be released on November 2.'),
    ).toEqual([
      ['the last Tuesday of the month', 'SET', 'P1M'],
      ['November 2', 'DATE', '2010-11-02'],
    ]);
    expect(found('The board meets on the first Monday of each month.')).toEqual([
      ['the first Monday of each month', 'SET', 'P1M'],
    ]);
  });

  it('leaves the phrase without a habit to the other parsers', () => {
    expect(found('On the last Tuesday of the month they met.').map((x) => x[1])).not.toContain('SET');
  });
});
