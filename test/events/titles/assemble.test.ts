import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { assemble } from '../../../src/events/titles/assemble.ts';

const all = (text: string, maxWords: number) => {
  const { tokens } = annotate(text);
  const words = tokens.map((_, i) => i).filter((i) => tokens[i]!.pos !== 'PUNCT');
  return assemble(tokens, words, maxWords).text;
};

describe('assemble at its word limit', () => {
  it('finishes a clause the limit cut between its subject and its verb, within six words', () => {
    expect(
      all(
        'BP claimed a milestone in the effort as a government report said much of the spilled oil is gone.',
        13,
      ),
    ).toBe(
      'BP claimed a milestone in the effort as a government report said much of the spilled oil is gone',
    );
    // (Not seven words on: the limit stands, and the subject it cut goes.)
    expect(
      all(
        'BP claimed a milestone in the effort as a government report said much of the spilled crude oil from the well is gone.',
        13,
      ),
    ).not.toContain('is gone');
  });
});
