import { describe, expect, it } from 'vitest';
import { givenNameSex } from '../../../src/events/entities/givenNames.ts';

describe('givenNameSex', () => {
  it("tells a man's or a woman's given name, and none of a name of either or unknown", () => {
    expect(givenNameSex('Derek')).toBe('male');
    expect(givenNameSex('Jane')).toBe('female');
    expect(givenNameSex('Alex')).toBeUndefined();
    expect(givenNameSex('Jovenel')).toBeUndefined();
    expect(givenNameSex('derek')).toBeUndefined();
  });

  it('holds no word of the language, month, day, country or region, or title among the names', () => {
    // Words ("Will Obama …" opening a sentence, "Hope Street"), and closed-class ones ("Any").
    for (const word of ['Will', 'Any', 'Art', 'Mark', 'Ban', 'Hope', 'Faith', 'Joy'])
      expect(givenNameSex(word), word).toBeUndefined();
    // Months and days ("May Day"), countries and regions ("Virginia Tech", "Israel Katz").
    for (const word of [
      'May',
      'June',
      'April',
      'August',
      'Tuesday',
      'Georgia',
      'Florida',
      'Virginia',
      'Victoria',
      'Israel',
    ])
      expect(givenNameSex(word), word).toBeUndefined();
    // Titles and ranks ("Major Nidal Hasan", "Prince Charles").
    for (const word of ['Major', 'King', 'Prince', 'Dame']) expect(givenNameSex(word), word).toBeUndefined();
  });

  it('keeps a name whose word is rare, or which only a city shares', () => {
    expect(givenNameSex('John')).toBe('male');
    expect(givenNameSex('Harry')).toBe('male');
    expect(givenNameSex('Vladimir')).toBe('male');
    expect(givenNameSex('Charlotte')).toBe('female');
  });
});
