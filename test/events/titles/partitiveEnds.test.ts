import { describe, expect, it } from 'vitest';
import { finishShare } from '../../../src/events/titles/partitiveEnds.ts';
import { firstWords } from './firstWords.ts';

/** The sentence's first `n` tokens as a title, its end finished by `finishShare`. */
const finished = (text: string, n: number, maxWords = 24) => {
  const a = firstWords(text, n);
  finishShare(a.tokens, a.out, maxWords);
  return a.words();
};

describe('finishShare', () => {
  it('gives a share back its of/off phrase', () => {
    expect(
      finished("Nervous investors have wiped about a quarter off BP's value since the explosion.", 7),
    ).toBe("Nervous investors have wiped about a quarter off BP 's value");
    expect(finished('A study showed that about a third of the population had been infected.', 7)).toBe(
      'A study showed that about a third of the population',
    );
    // (Past the phrase's own "of" phrase, once.)
    expect(finished('Investors wiped a quarter off the value of the company.', 4)).toBe(
      'Investors wiped a quarter off the value of the company',
    );
  });

  it('leaves a share whose phrase is no short noun phrase, or too long', () => {
    expect(
      finished('A study showed only about a third of those who should have did get the vaccine.', 7),
    ).toBe('A study showed only about a third');
    expect(finished('A study showed that about a third of the population had been infected.', 7, 8)).toBe(
      'A study showed that about a third',
    );
  });
});
