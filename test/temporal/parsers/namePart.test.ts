import { describe, expect, it } from 'vitest';
import { isNamePart } from '../../../src/temporal/parsers/namePart.ts';

/** Whether the first `word` of `text` (a month, or a weekday with `weekday`) is part of a name. */
const named = (text: string, word: string, weekday = false) => {
  const i = text.indexOf(word);
  return isNamePart(text, i, i + word.length, weekday);
};

describe('isNamePart', () => {
  it('takes a month or weekday inside a proper name', () => {
    expect(named('The reporter April Ryan asked.', 'April')).toBe(true);
    expect(named('He told The Sunday Times.', 'Sunday', true)).toBe(true);
    expect(named('Thousands joined the March for Life.', 'March')).toBe(true);
    expect(named('Thousands joined the Long March of the army.', 'March')).toBe(true);
  });

  it('leaves a date alone', () => {
    expect(named('The talks began in March.', 'March')).toBe(false);
    expect(named('He said Thursday President Bush would go.', 'Thursday', true)).toBe(false);
    expect(named('March 3 was the day.', 'March')).toBe(false);
  });
});
