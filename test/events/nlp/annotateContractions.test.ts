import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';

// (A file of its own: the test counts on how many words wink has learned since it started.)
describe('annotate, a contraction read as one word', () => {
  it('gives it no lemma, however many words wink learned before', () => {
    // Before a comma wink keeps "Cant" and "cannot" whole and looks their lemma up past its shipped
    // lexemes, where the words it learns go from about the 43,000th on.
    // (Longer than a title, so it is read again, not taken from the store of short texts.)
    const text = `Presenters Brian Cant, Tony Hart and others cannot, it said, come. ${'The show went on. '.repeat(25)}`;
    const lemmas = () =>
      annotate(text)
        .tokens.filter((t) => t.text === 'Cant' || t.text === 'cannot')
        .map((t) => t.lemma);
    expect(lemmas()).toEqual([undefined, undefined]);
    // 23 texts of 1,000 unknown words, each learned twice (as written and in lower case): 46,000.
    for (let i = 0; i < 23; i++) annotate(Array.from({ length: 1000 }, (_, j) => `Wq${i}z${j}`).join(' '));
    expect(lemmas()).toEqual([undefined, undefined]);
  }, 60_000);
});
