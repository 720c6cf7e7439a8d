import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('rateDate', () => {
  it("keeps a rate's time after a quantity", () => {
    expect(
      cut(
        'A cap on the damaged oil well is now keeping up to 462,000 gallons of oil a day from the sea.',
        'keeping',
        ['a day'],
      ),
    ).toBe('A cap on the damaged oil well is keeping up to 462,000 gallons of oil a day from the sea');
    expect(
      cut(
        'Scientists estimated the flow ranges from 12,000 barrels to 25,000 barrels per day.',
        'estimated',
        ['per day'],
      ),
    ).toBe('Scientists estimated the flow ranges from 12,000 barrels to 25,000 barrels per day');
  });

  it('leaves out a length of time with no quantity before it', () => {
    expect(cut('The well leaked for a day.', 'leaked', ['a day'])).toBe('The well leaked');
    // (Nor one a clause follows, which the rate's noun would seem to open.)
    expect(
      cut(
        'The flow fell from the 5,000 barrels per day the company had said the tube was siphoning.',
        'siphoning',
        ['per day'],
      ),
    ).not.toMatch(/^Day/);
  });
});
