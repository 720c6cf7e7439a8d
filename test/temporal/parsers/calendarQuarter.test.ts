import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

const tagged = (text: string) => tag(text, { reference: '2012-04-07' }).map((r) => r.text);

describe('calendarQuarter: a quarter word is a quarter of the year only in its context', () => {
  it('reads "the same quarter" after a town quarter as a district', () => {
    const text =
      'The Deir al-Baalba quarter of Homs was pounded by tanks. Video footage from the same quarter showed bodies.';
    expect(tagged(text)).not.toContain('the same quarter');
  });

  it('reads "the quarter" after a town quarter as a district', () => {
    expect(tagged('Tanks entered the Christian quarter. Shelling in the quarter went on.')).not.toContain(
      'the quarter',
    );
  });

  it('keeps "the same quarter" among words of business or after a quarter of the year', () => {
    expect(tagged('Sales rose 5% in the same quarter.')).toContain('the same quarter');
    expect(tagged('The plant opened in the third quarter. It closed in the following quarter.')).toContain(
      'the following quarter',
    );
  });
});
