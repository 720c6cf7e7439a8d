import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { assemble } from '../../../src/events/titles/assemble.ts';
import { clauseRun } from '../../../src/events/titles/clauseRun.ts';
import { completesVerb } from '../../../src/events/titles/verbCompletion.ts';
import { cut } from './cutTitle.ts';

/** The words said from the token `from` on, as a saying's title runs them. */
const said = (text: string, from: string) => {
  const { tokens } = annotate(text);
  const run = clauseRun(
    tokens,
    tokens.findIndex((t) => t.text === from),
    tokens.length,
    [],
    20,
  );
  return assemble(tokens, run, 20).text;
};

describe('completesVerb', () => {
  it('keeps the "-ing" complement of a verb of phase whose date the title leaves out', () => {
    expect(
      cut('BP was siphoning oil out of a pipe that began leaking around April 22.', 'began', [
        'around April 22',
      ]),
    ).toBe('A pipe began leaking');
  });

  it('keeps a particle that no object follows', () => {
    expect(cut('Of those, 350 were brought in since Thursday.', 'brought', ['Thursday'])).toBe(
      '350 were brought in',
    );
  });

  it('keeps a particle that ends the words said after "be"', () => {
    expect(said("Health officials said the worst of Mexico's outbreak was over.", 'the')).toBe(
      "The worst of Mexico's outbreak was over",
    );
  });

  it("keeps a verb's particle that the word limit kept with it", () => {
    const { tokens } = annotate(
      'A member of the advance team that went with Obama to Mexico had also come down with flu-like symptoms and passed them to his family.',
    );
    const words = tokens.map((_, i) => i).filter((i) => tokens[i]!.pos !== 'PUNCT');
    expect(assemble(tokens, words, 15).text).toBe(
      'A member of the advance team that went with Obama to Mexico had also come down',
    );
  });

  it('takes no preposition that opens an object for a particle', () => {
    const { tokens } = annotate(
      'Two men were killed in 2009 and others were killed in and around the town, so aid was made on whether it could go on to the beach.',
    );
    const at = (w: string, n = 0) => tokens.filter((t) => t.text === w).map((t) => tokens.indexOf(t))[n]!;
    expect(completesVerb(tokens, at('in'))).toBe(false);
    expect(completesVerb(tokens, at('in', 1))).toBe(false);
    expect(completesVerb(tokens, at('on'))).toBe(false);
    expect(completesVerb(tokens, at('on', 1))).toBe(false);
  });
});
