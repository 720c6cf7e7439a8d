import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';

describe('annotate over many texts', () => {
  it('starts afresh from the shipped lexicon without holding on to the old instances', () => {
    // Every text teaches wink new words; past 50,000 a new instance is made. 120 texts of 600
    // unknown words make two new instances: the text is still read the same afterwards.
    const first = annotate('The U.S. Embassy said the attack was over.');
    for (let i = 0; i < 120; i++) annotate(Array.from({ length: 600 }, (_, j) => `Zq${i}x${j}`).join(' '));
    expect(annotate('The U.S. Embassy said the attack was over.')).toEqual(first);
  });
});
