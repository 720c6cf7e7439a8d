import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../../src/events/entities/extractCounts.ts';

describe('extractCounts', () => {
  it('reads killed and captured from nominal phrases', () => {
    expect(extractCounts('which resulted in the killing of 9 of them and the capture of the tenth')).toEqual({
      fatalities: 9,
      arrested: 1,
    });
  });
  it('reads numbers in words and figures, active and passive', () => {
    expect(extractCounts('nine people were killed and 14 wounded')).toEqual({ fatalities: 9, injured: 14 });
    expect(extractCounts('The attack killed nine.')).toEqual({ fatalities: 9 });
    expect(extractCounts('police arrested 5 protesters')).toEqual({ arrested: 5 });
    expect(extractCounts('the death toll rose to 1,200')).toEqual({ fatalities: 1200 });
    expect(extractCounts('on April 11, killing 14 people')).toEqual({ fatalities: 14 });
  });
  it('reads vague quantities as approximate lower bounds', () => {
    expect(extractCounts('bombings that have left dozens dead and wounded')).toEqual({
      fatalities: 24,
      injured: 24,
      approximate: true,
    });
    expect(extractCounts('hundreds were arrested')).toEqual({ arrested: 200, approximate: true });
  });
  it('reads a count whatever the case of its words, each field on its own', () => {
    expect(extractCounts('NINE PEOPLE WERE KILLED; the ARREST OF 3 men')).toEqual({
      fatalities: 9,
      arrested: 3,
    });
    expect(extractCounts('The Death Toll Reached 40, injuring 12')).toEqual({ fatalities: 40, injured: 12 });
    expect(extractCounts('12 people were injured')).toEqual({ injured: 12 });
  });
  it('reads nothing where no number is stated', () => {
    expect(extractCounts('a number of Taliban fighters were wounded')).toEqual({});
    expect(extractCounts('the importance of preventing civilian casualties')).toEqual({});
  });
  it('reads tolls of people with what they belong to, and "have died"', () => {
    expect(extractCounts('about 2,000 members of the security forces have been killed so far')).toEqual({
      fatalities: 2000,
    });
    expect(extractCounts('The UN says more than 7,500 people have died in Syria')).toEqual({
      fatalities: 7500,
    });
    expect(extractCounts('Thousands are believed to have died in the quake')).toEqual({
      fatalities: 2000,
      approximate: true,
    });
  });
  it('does not take a year for a toll, and reads "more than" as a lower bound', () => {
    expect(extractCounts('a storm that in 2005 killed more than 1,800 people')).toEqual({ fatalities: 1800 });
  });
});
