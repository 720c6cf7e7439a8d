import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('partitiveStart', () => {
  it('keeps a quantity with its pronoun\'s "of" as the subject', () => {
    expect(
      cut('One of them had already tested positive over the weekend.', 'tested', ['over the weekend']),
    ).toBe('One of them had tested positive');
    expect(cut('Forty of them are working alongside Chinese rescuers.', 'working')).toBe(
      'Forty of them are working alongside Chinese rescuers',
    );
    expect(cut('Officials said the rest of us would be evacuated.', 'evacuated')).toBe(
      'The rest of us would be evacuated',
    );
  });

  it('leaves a pronoun that no quantity heads as the subject', () => {
    expect(cut('Police said they had arrested ten men.', 'arrested')).toBe('They had arrested ten men');
  });
});
