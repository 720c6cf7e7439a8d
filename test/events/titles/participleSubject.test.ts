import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('describedNoun', () => {
  it("takes the noun right before an -ing participle as its subject, not one past another verb's phrase", () => {
    expect(
      cut(
        'Giving few details, he said there was a problem connecting a 5,000-foot string of pipe to the "tool" being inserted into the damaged pipe.',
        'inserted',
      ),
    ).toBe('The tool being inserted into the damaged pipe');
    expect(
      cut(
        'An outbreak led to 44 new cases of the virus being confirmed, the largest number in a day.',
        'confirmed',
      ),
    ).toBe('44 new cases of the virus being confirmed, the largest number in a day');
  });
});
