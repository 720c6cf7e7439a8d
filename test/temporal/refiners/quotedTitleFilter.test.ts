import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

const texts = (text: string) => tag(text, { reference: '2010-07-26' }).map((r) => r.text);

describe('quotedTitleFilter', () => {
  it('drops a date inside a quoted title of a work', () => {
    expect(
      texts(
        "Tom Bower, author of 'Oil, Money and Greed: The Struggle for Energy in the 21st Century' said it on Monday.",
      ),
    ).toEqual(['Monday']);
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
