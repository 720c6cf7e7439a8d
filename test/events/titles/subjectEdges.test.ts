import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { subjectEdges } from '../../../src/events/titles/subjectEdges.ts';

/** The words kept of `words` (a run of the text's tokens, as a subject walk found them). */
const edges = (text: string, words: string) => {
  const { tokens } = annotate(text);
  const from = tokens.findIndex((t) => t.text === words.split(' ')[0]);
  const out = words.split(' ').map((_, n) => from + n);
  return subjectEdges(tokens, out, 0, () => false)
    .map((i) => tokens[i]!.text)
    .join(' ');
};

describe('subjectEdges', () => {
  it('leaves out a phrase a preposition opens, closed by its comma', () => {
    expect(
      edges('In particular, troops and militia were found responsible.', 'particular , troops and militia'),
    ).toBe('troops and militia');
  });

  it('keeps the bound of a number with it', () => {
    expect(edges('At least 35 people died.', '35 people')).toBe('At least 35 people');
  });

  it('cuts a long subject back to its head at a preposition', () => {
    expect(
      edges(
        'The head of the regional council of the northern province in the east of the country resigned.',
        'The head of the regional council of the northern province in the east of the country',
      ),
    ).toBe('The head of the regional council of the northern province');
  });
});
