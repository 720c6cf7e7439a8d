import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('borrowedSubject', () => {
  it("takes no other clause's subject for a participle in -ing", () => {
    expect(
      cut(
        'Syria, the dominant partner, had a large military presence in Lebanon for 29 years, finally withdrawing soldiers in 2005.',
        'withdrawing',
        ['in 2005'],
      ),
    ).toBe('Withdrawing soldiers');
  });

  it('keeps the subject of a participle with its own', () => {
    expect(cut('The capital is busy, with people going to work and carrying out errands.', 'going')).toBe(
      'People going to work and carrying out errands',
    );
    expect(cut('Troops were seen moving into the town.', 'moving')).toBe(
      'Troops were seen moving into the town',
    );
  });
});
