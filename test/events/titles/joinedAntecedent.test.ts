import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('joinedAntecedent', () => {
  it('takes the names joined by "and" before a relative with a plural verb', () => {
    expect(
      cut(
        'It included the bodies of another two journalists, Marie Colvin and Remi Ochlik, who were killed last week.',
        'killed',
        ['last week'],
      ),
    ).toBe('Marie Colvin and Remi Ochlik were killed');
    expect(
      cut('Activists named Ahmed Ali, Omar Said and Hassan Khalil, who were arrested.', 'arrested'),
    ).toBe('Ahmed Ali, Omar Said and Hassan Khalil were arrested');
  });

  it('keeps the last name before a singular verb', () => {
    expect(cut('He met Ban Ki-moon and Kofi Annan, who was visiting Damascus.', 'visiting')).toBe(
      'Kofi Annan was visiting Damascus',
    );
  });
});
