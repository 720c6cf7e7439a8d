import { describe, expect, it } from 'vitest';
import { annotate, knownWord } from '../../../src/events/nlp/annotate.ts';

describe('annotate over many texts', () => {
  it('starts afresh from the shipped lexicon without holding on to the old instances', () => {
    // Every text teaches wink new words; past 50,000 a new instance is made. 120 texts of 600
    // unknown words make two new instances: the text is still read the same afterwards.
    const first = annotate('The U.S. Embassy said the attack was over.');
    for (let i = 0; i < 120; i++) annotate(Array.from({ length: 600 }, (_, j) => `Zq${i}x${j}`).join(' '));
    expect(annotate('The U.S. Embassy said the attack was over.')).toEqual(first);
    // (72,000 words read: several seconds on a shared host.)
  }, 60_000);

  it('gives a new instance the tables as shipped: a word learned before is unknown again, and a text reads as before', () => {
    // A new instance gets the one unpacked model with its lexemes (and prefixes, suffixes, shapes)
    // cut back to what it shipped with: a word learned before reads as unknown, and its
    // store of learned words' features starts empty in step with the table (else readings differ).
    const text = 'Qx9zz-77b told Wq.Rt. officials in Zzq-Vel that 12Mq troops had left.';
    const first = annotate(text);
    for (let i = 0; i < 55; i++) annotate(Array.from({ length: 1000 }, (_, j) => `Q${i}v${j}x`).join(' '));
    expect(annotate(text)).toEqual(first);
    expect(knownWord('Qx9zz-77b')).toBe(false);
    expect(knownWord('officials')).toBe(true);
  });
});
