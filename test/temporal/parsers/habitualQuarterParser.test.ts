import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

/** [surface, type, value] of every expression, in order. */
function found(text: string, reference: string): [string, string, string][] {
  return tag(text, { reference }).map((t) => [t.text, t.type, t.value]);
}

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

  it('reads numeric ordinals the same way', () => {
    expect(
      found('Sales typically peak in the 2nd and 4th quarters, the retailer said.', '1989-10-30'),
    ).toEqual([
      ['2nd', 'SET', 'XXXX-Q2'],
      ['4th quarters', 'SET', 'XXXX-Q4'],
    ]);
  });

  it('leaves reported quarters to the quarter parser', () => {
    const sets = tag('Profit rose in the second and third quarters.', { reference: '1989-10-30' }).filter(
      (t) => t.type === 'SET',
    );
    expect(sets).toEqual([]);
  });
});
