import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('frontedParticiple (through deletionTitle)', () => {
  it('tells the main verb for a participle of a message inside the opening phrase', () => {
    const text =
      'In a message posted late on Wednesday, Mr Hussameddin, a deputy minister, accused the government.';
    expect(cut(text, 'posted', ['on Wednesday'])).toBe('Mr Hussameddin accused the government');
  });

  it('reads a participle of a message in the subject to the main verb', () => {
    expect(
      cut('A study published in Science on Monday estimated that the virus kills one in 250.', 'published', [
        'on Monday',
      ]),
    ).toBe('A study estimated the virus kills one in 250');
  });

  it('titles an irregular participle opening the sentence with a message by the main clause, not a past verb after one', () => {
    expect(
      cut('In a letter made public late on Tuesday, Mr Salehi asked the UN for help.', 'made', [
        'late on Tuesday',
      ]),
    ).toBe('Mr Salehi asked the UN for help');
    expect(cut('Unconfirmed reports said six soldiers were killed in the assault.', 'said')).toMatch(
      /^Unconfirmed reports said/,
    );
  });
});
