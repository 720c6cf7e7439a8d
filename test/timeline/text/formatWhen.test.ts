import { describe, expect, it } from 'vitest';
import { accessibleName, formatSpan, formatWhen } from '../../../src/timeline/text/formatWhen.ts';
import { makeEvent, sample } from '../fixture.ts';

const byId = new Map(sample.events.map((e) => [e.id, e]));

describe('formatWhen', () => {
  it('is honest about precision and bounds', () => {
    expect(formatWhen(byId.get('e04')!)).toBe('10 April 2022');
    expect(formatWhen(byId.get('e07')!)).toBe('on or before 12 April 2022');
    expect(formatWhen(byId.get('e08')!)).toBe('sometime before 12 April 2022');
    expect(formatWhen(byId.get('e13')!)).toBe('week of 13–19 June 2022');
    expect(formatWhen(byId.get('e02')!)).toBe('2–12 April 2022');
    const month = makeEvent('m', '2022-03-01', '2022-03-31');
    expect(formatWhen({ ...month, when: { ...month.when, precision: 'month' } })).toBe('March 2022');
  });

  it('formats spans across months and years compactly', () => {
    expect(formatSpan('2022-03-30', '2022-04-02')).toBe('30 March – 2 April 2022');
    expect(formatSpan('2021-12-30', '2022-01-02')).toBe('30 December 2021 – 2 January 2022');
  });

  it('names a mark by its date then its title', () => {
    expect(accessibleName(byId.get('e01')!)).toBe(
      '25 March 2022: Ahmed Masoud announces opposition to the Taliban government in a video speech',
    );
  });
});
