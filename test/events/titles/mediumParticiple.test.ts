import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('sayingOfMedium', () => {
  it("titles a medium's participle by the saying whose medium it describes", () => {
    const titles = titlesOf('Markey said in a statement released with the document Sunday.', '2010-06-21');
    expect(titles).toContain('Markey said in a statement released with the document');
    expect(titles.some((t) => /^Markey released/.test(t))).toBe(false);
  });

  it('leaves a closing attribution to the participle', () => {
    const titles = titlesOf(
      'The company had failed to undertake the reforms it promised, probation officer Mary Barnes said in a petition filed Wednesday in U.S. District Court.',
      '2010-11-18',
    );
    expect(titles.some((t) => /failed to undertake the reforms it promised, probation/.test(t))).toBe(false);
  });
});

describe('mediumSayingCut', () => {
  it('tells what the saying says past the medium, its date and where it was published', () => {
    expect(
      titlesOf(
        "Tony Hayward, BP's chief executive, acknowledged in an interview published Thursday in the Financial Times that BP wasn't prepared for a blowout of this magnitude.",
        '2010-06-04',
      ),
    ).toContain("Tony Hayward acknowledged BP wasn't prepared for a blowout of this magnitude");
    expect(
      titlesOf(
        'The company acknowledged in a six-page statement released late Thursday that it never tested the final mixture of cement for stability.',
        '2010-10-29',
      ),
    ).toContain('The company acknowledged it never tested the final mixture of cement for stability');
  });
});
