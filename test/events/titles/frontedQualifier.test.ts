import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('frontedQualifier', () => {
  it('keeps a phrase that excepts something from the count, which the claim needs', () => {
    expect(
      cut('Stripping out the oil spill costs, BP made a profit of $5bn in the second quarter.', 'made', [
        'in the second quarter',
      ]),
    ).toBe('Stripping out the oil spill costs, BP made a profit of $5bn');
    expect(cut('Without the one-off charge, profits would have risen by 20%.', 'risen')).toBe(
      'Without the one-off charge, profits would have risen by 20%',
    );
    expect(cut('Not counting the costs of the spill, the company earned $3bn.', 'earned')).toBe(
      'Not counting the costs of the spill, the company earned $3bn',
    );
  });

  it('leaves out other opening phrases', () => {
    expect(cut('Including the costs of the spill, the company lost $3bn.', 'lost')).toBe(
      'The company lost $3bn',
    );
    expect(cut('Without warning, the troops opened fire on the crowd.', 'opened')).toBe(
      'The troops opened fire on the crowd',
    );
    expect(cut('Without any warning, the troops opened fire on the crowd.', 'opened')).toBe(
      'The troops opened fire on the crowd',
    );
  });
});
