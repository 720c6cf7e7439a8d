import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('verbTaggedNoun', () => {
  it('keeps the head of the subject the tagger called a verb before its "of"', () => {
    // (The tagger reads "burn" here as a verb.)
    expect(cut('The test burn of oil took place on Friday.', 'took', ['on Friday'])).toBe(
      'The test burn of oil took place',
    );
  });

  it('leaves a verb before an object\'s "of" out of the subject', () => {
    expect(cut('Officials said most of the oil was gone.', 'gone')).toBe('Most of the oil was gone');
  });
});
