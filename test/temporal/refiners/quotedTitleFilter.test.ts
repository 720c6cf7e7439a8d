import { describe, expect, it } from 'vitest';
import { quotationAround } from '../../../src/temporal/refiners/quotedTitleFilter.ts';
import { tag } from '../../../src/temporal/tag.ts';

const texts = (text: string) => tag(text, { reference: '2010-07-26' }).map((r) => r.text);

describe('quotedTitleFilter', () => {
  it('drops a date inside a quoted title of a work', () => {
    expect(
      texts(
        "Tom Bower, author of 'Oil, Money and Greed: The Struggle for Energy in the 21st Century' said it on Monday.",
      ),
    ).toEqual(['Monday']);
    // A title ending in "s" closes before a lower-case verb.
    expect(texts("Smith, author of 'The Crash of 2008 and Its Lessons' said the bank failed.")).toEqual([]);
    expect(
      texts(
        'The report “Deep Water: The Gulf Oil Disaster and the Future of Drilling, January 2011” was out.',
      ),
    ).toEqual([]);
    expect(texts('He starred in "Michael Jackson: The Final Days of 2009" last year.')).toEqual([
      'last year',
    ]);
  });

  it('keeps dates in quoted speech and after a possessive', () => {
    expect(texts('"We will meet on Friday," he said.')).toEqual(['Friday']);
    expect(texts("He said 'the talks end on Friday' and left.")).toEqual(['Friday']);
    expect(texts("Hayward's departure in 2010 was, he said, 'Inevitable'.")).toEqual(['2010']);
  });
});

describe('quotationAround', () => {
  const around = (text: string, surface: string) => {
    const start = text.indexOf(surface);
    return quotationAround(text, start, start + surface.length);
  };

  it('pairs straight quotes within reach only: a stray quote far before flips nothing', () => {
    const stray = `A 12" single was sold at the fair, ${'and the crowd stayed on '.repeat(7)}all day.`;
    expect(texts(`${stray} He starred in "Michael Jackson: The Final Days of 2009" last year.`)).toEqual([
      'last year',
    ]);
  });

  it('takes no plural possessive before a lower-case word for a closing quote', () => {
    expect(around("She said 'The workers’ union meets on Friday' and left.", 'Friday')).toBe(
      'The workers’ union meets on Friday',
    );
    expect(
      around("Members of the 'Gulf Coast Union' and the workers’ union met in 2010.", '2010'),
    ).toBeUndefined();
  });
});
