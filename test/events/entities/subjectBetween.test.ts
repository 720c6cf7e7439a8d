import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name resolved for `title`, taken from the last sentence of `text` (its trigger at `trigger`). */
function resolve(text: string, title: string, trigger: string): string | undefined {
  return referentOfLast(text, title, trigger)?.name.text;
}

describe('thingSubjectBetween: a subject right before an "it" that the search cannot take stops it', () => {
  it('a common noun phrase no candidate covers: not the subject of the sentence before it', () => {
    const text =
      'The world should prepare for a possible swine flu pandemic, the World Health Organisation warned today. ' +
      'The apparently new strain of the H1N1 flu, which seemingly originated in Mexico, has now been confirmed in seven countries. ' +
      'It has shown an apparent ability to transfer from person to person.';
    expect(resolve(text, 'It has shown an apparent ability', 'shown')).toBeUndefined();
  });

  it('a plural subject: not a thing it names elsewhere, nor a subject further back', () => {
    const text =
      'The Superdome, the football stadium where the New Orleans Saints play, is the largest fixed-domed structure in the world. ' +
      'Those 86 million gallons would fill 325,000 cubic meters, or about 9 percent of the Superdome. ' +
      'By the end of the month, it will fill 371,000 cubic meters.';
    expect(resolve(text, 'It will fill 371,000 cubic meters', 'fill 371')).toBeUndefined();
  });

  it("keeps an 'according to' source named right before", () => {
    const source =
      'According to Syrian TV, government troops have been gaining ground in several neighborhoods. ' +
      'On Monday, it reported that the army had won complete control over the district.';
    expect(resolve(source, 'It reported the army had won', 'reported')).toBe('Syrian TV');
  });

  it('a sentence that speaks of it as "it" or "its" carries the search back', () => {
    const chain =
      'Charged with guiding the future of offshore drilling, the commission will release its full review next week. ' +
      'Although the commission lacks authority to punish companies, its conclusions could have a bearing on future cases. ' +
      'The findings contradict its initial report in November, which found no evidence that workers cut corners.';
    expect(resolve(chain, 'Its initial report found no evidence', 'found no')).toBe('the commission');
  });
});
