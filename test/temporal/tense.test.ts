import { describe, expect, it } from 'vitest';
import { sentenceAround, tenseAt } from '../../src/temporal/tense.ts';

describe('tenseAt', () => {
  const at = (text: string, word: string) =>
    tenseAt(text, text.indexOf(word), text.indexOf(word) + word.length);
  it.each([
    ['Rebels attacked the town on Friday.', 'Friday', 'past'],
    ['The minister will visit on Friday.', 'Friday', 'future'],
    ['The dividend is payable Jan. 2.', 'Jan. 2', 'future'],
    ['The market is open on Friday.', 'Friday', 'present'],
    ['Friday.', 'Friday', 'unknown'],
    ['The increased dividend will be paid Dec. 14.', 'Dec. 14', 'future'],
    ['They were planning to drive there on Monday.', 'Monday', 'future'],
    ['He will fly to the United States Friday.', 'Friday', 'future'],
  ] as const)('%s → %s', (text, word, tense) => {
    expect(at(text, word)).toBe(tense);
  });

  it('looks only inside the sentence', () => {
    const text = 'He will go. Rebels attacked Friday.';
    expect(sentenceAround(text, text.indexOf('Friday'), text.indexOf('Friday') + 6).start).toBe(11);
    expect(at(text, 'Friday')).toBe('past');
  });
});
