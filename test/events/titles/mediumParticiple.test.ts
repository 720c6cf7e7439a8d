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

describe('accordingToMediumCut', () => {
  it('tells what a closing "according to" medium says, with who says so', () => {
    expect(
      titlesOf(
        'But the results of that single successful test were not shared with BP, and may not have reached Halliburton, before the cement was pumped, according to a letter sent to commissioners Thursday by chief investigative counsel Fred H. Bartlit Jr.',
        '2010-10-29',
      ),
    ).toContain('The results of that single successful test were not shared with BP, according to a letter');
  });

  it('leaves the medium its own title when the claim would be cut before who says so', () => {
    const titles = titlesOf(
      'BP Plc estimates that a worst-case scenario rate for the Gulf of Mexico oil spill could be about 100,000 barrels of oil per day, according to an internal company document released Sunday by a senior U.S. congressional Democrat.',
      '2010-06-21',
    );
    expect(titles.some((t) => /100,000 barrels of oil$/.test(t))).toBe(false);
  });
});
