import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';

const texts = (text: string) => tag(text, { reference: '2009-05-21' }).map((r) => r.text);

describe('schoolYearFilter', () => {
  it('drops the count before a school year\'s name: "five year seven pupils"', () => {
    expect(texts("This week, five year seven pupils at Alleyn's school tested positive.")).toEqual([
      'This week',
    ]);
    expect(texts('One year 10 student fell ill.')).toEqual([]);
  });

  it('keeps a count of years before anything else', () => {
    expect(texts('He was jailed for one year 10 days ago.')).toEqual(['one year', '10 days ago']);
    expect(texts('The project will take five years.')).toEqual(['five years']);
  });

  it('keeps a dated year before a count of pupils: "Last year 12 children died"', () => {
    expect(texts('Last year 12 children died of measles in the region.')).toEqual(['Last year']);
    expect(texts('This year two students won the prize.')).toEqual(['This year']);
    expect(texts('Over the last year five teachers resigned.')).toEqual(['the last year']);
  });
});
