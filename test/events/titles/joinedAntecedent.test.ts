import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { deletionTitle } from '../../../src/events/titles/deletionTitle.ts';

/** The deletion title of the first token `trigger`, with the `skip` phrases (dates) left out. */
const cut = (text: string, trigger: string, skip: string[] = []) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === trigger);
  const spans = skip.map((w) => [text.indexOf(w), text.indexOf(w) + w.length] as const);
  return deletionTitle(tokens, splitClauses(tokens), k, { skip: spans }).text;
};

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
