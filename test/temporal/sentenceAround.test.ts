import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/temporal/sentenceAround.ts';

describe('sentenceAround', () => {
  const span = (text: string, word: string) => {
    const i = text.indexOf(word);
    const s = sentenceAround(text, i, i + word.length);
    return text.slice(s.start, s.end);
  };

  it('does not end a sentence at an initial, a title, a decimal or an abbreviation before lower case', () => {
    expect(span('Mr. Schwarz will succeed Daniel P. Davison Feb. 1.', 'Feb. 1')).toBe(
      'Mr. Schwarz will succeed Daniel P. Davison Feb. 1',
    );
    expect(span('Profit fell to $4.5 million in March.', 'March')).toBe(
      'Profit fell to $4.5 million in March',
    );
    expect(span('It bought Guber Co. for $200 million Monday.', 'Monday')).toBe(
      'It bought Guber Co. for $200 million Monday',
    );
  });

  it('ends a sentence at a period before a capital, a question mark or a line break', () => {
    expect(span('It was sold to Sony Corp. The deal closed Monday.', 'Monday')).toBe(
      ' The deal closed Monday',
    );
    expect(span('Why? He left Monday.', 'Monday')).toBe(' He left Monday');
    expect(span('He will go\nHe left Monday', 'Monday')).toBe('He left Monday');
    expect(span('It will go."He left Monday.', 'Monday')).toBe('"He left Monday');
  });
});
