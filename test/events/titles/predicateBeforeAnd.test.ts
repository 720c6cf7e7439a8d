import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('predicateBeforeAnd', () => {
  it('stops the subject at an "and" after the clause before\'s predicate adjective', () => {
    expect(
      cut('The plume is more than 6 miles wide and its presence was reported Thursday.', 'reported', [
        'Thursday',
      ]),
    ).toBe('Its presence was reported');
    expect(
      cut(
        'Thousands are feared dead and the Red Cross has estimated that 3,000 people were affected.',
        'estimated',
      ),
    ).toMatch(/^The Red Cross has estimated/);
  });

  it('keeps nouns and adjectives joined inside one subject', () => {
    expect(cut('The wounded and the dead were taken to hospital.', 'taken')).toBe(
      'The wounded and the dead were taken to hospital',
    );
    expect(cut('Syrian and Russian officials met in Moscow.', 'met')).toBe(
      'Syrian and Russian officials met in Moscow',
    );
  });
});
