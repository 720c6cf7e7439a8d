import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { methodNote } from '../../../src/events/clauses/methodNote.ts';

describe('methodNote', () => {
  it('takes a caveat that claims could not be checked for a note on method', () => {
    expect(
      methodNote('Such claims have not been verified independently, as most foreign media are banned.'),
    ).toBe(true);
    expect(methodNote('The BBC has not been able to verify the reports.')).toBe(true);
    expect(methodNote('It was impossible to independently verify the accounts.')).toBe(true);
    expect(notAnEvent('Such claims have not been verified independently.')).toBe('a method note');
  });

  it('takes how interviews were done for a note on method, even dated', () => {
    expect(
      methodNote('These interviews were conducted in Wadi Khaled on the border on 16-17th June 2011.'),
    ).toBe(true);
  });

  it('leaves a happening told before the caveat, and a confirmation made', () => {
    expect(
      methodNote(
        'Fighting on Saturday left 63 people dead, in a report which could not be verified independently.',
      ),
    ).toBe(false);
    expect(methodNote('Officials confirmed three deaths on Monday.')).toBe(false);
    expect(methodNote('The police interviewed the doctor for three hours.')).toBe(false);
  });

  it('leaves a caveat joined to a happening of its own', () => {
    expect(
      methodNote(
        'The figures could not be independently verified on Monday, but at least 40 people were killed in Homs on Monday.',
      ),
    ).toBe(false);
    expect(
      methodNote(
        'The death toll could not be verified, activists said, after troops killed 40 people on Monday.',
      ),
    ).toBe(false);
  });
});
