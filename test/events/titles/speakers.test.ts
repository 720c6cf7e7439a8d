import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** The events of a short article published on `published`, its dates tagged. */
const eventsOf = (text: string, published: string) =>
  extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published }));
const titlesOf = (text: string, published: string) => eventsOf(text, published).map((e) => e.title);

describe('titleOf and who reports it', () => {
  it("keeps a closing attribution that a count's share follows", () => {
    const titles = titlesOf(
      'Protests went on. Security forces killed at least 24 people on Saturday, the Syrian Observatory for Human Rights said, most of them in the province of Homs.',
      '2011-12-17',
    );
    expect(titles).toContain(
      'Security forces killed at least 24 people, the Syrian Observatory for Human Rights said',
    );
  });

  it("leaves a date's rounding words out with it ('in the next year or two', 'the previous day or so')", () => {
    const titles = titlesOf(
      'Experts agree that few oysters will be harvested in the next year or two.',
      '2010-12-01',
    );
    expect(titles.some((t) => /harvested/.test(t))).toBe(true);
    expect(titles.some((t) => /\bor two\b/.test(t))).toBe(false);
    expect(titlesOf('The moratorium will end by 30 November or sooner.', '2010-06-01')).toContain(
      'The moratorium will end',
    );
  });

  it('keeps who estimates or believes a happening, not one who does not know it', () => {
    const titles = (text: string) => titlesOf(text, '2012-04-06');
    expect(titles('The UN estimates more than 9,000 people have died in the uprising.')).toContain(
      'The UN estimates more than 9,000 people have died in the uprising',
    );
    expect(titles('Experts do not know how the virus came to Mexico.').some((t) => /^Experts/.test(t))).toBe(
      false,
    );
  });

  it('keeps a pronoun speaker of an opinion, not of a plain saying, and a closing estimate', () => {
    const titles = (text: string) => titlesOf(text, '2009-04-28');
    // (What a pronoun suggests "will be" is a forecast, no event: clauses/forecast.ts.)
    expect(titles("He suggests that the threat level was raised as a result of today's meeting.")[0]).toMatch(
      /^He suggests the threat level was raised/,
    );
    expect(
      titles("He said that the threat level was raised as a result of today's meeting.").some((t) =>
        /^He said/.test(t),
      ),
    ).toBe(false);
    expect(
      titles(
        "About 45,000 people have died since Tuesday's earthquake and 300,000 have been made homeless, the UN estimates.",
      ),
    ).toContain(
      "About 45,000 people have died since Tuesday's earthquake and 300,000 have been made homeless, the UN estimates",
    );
  });

  it('keeps a closing attribution of who told reporters or a named outlet', () => {
    const titles = (text: string) => titlesOf(text, '2012-06-12');
    expect(titles('Troops shelled Homs on Monday, an activist told the BBC.')).toContain(
      'Troops shelled Homs, an activist told the BBC',
    );
    expect(
      titles(
        'The government has lost control of large chunks of cities, the UN head of peacekeeping has told reporters.',
      ),
    ).toContain(
      'The government has lost control of large chunks of cities, the UN head of peacekeeping has told reporters',
    );
  });

  it('titles a passive saying as its participle is told', () => {
    expect(
      titlesOf(
        'An outbreak at a primary school led to 44 new cases of the virus being confirmed yesterday, the largest number in a single day.',
        '2009-05-26',
      ),
    ).toContain('An outbreak at a primary school led to 44 new cases of the virus being confirmed');
  });

  it('keeps the named source of a reported happening, but not over a time clause', () => {
    const titles = (text: string) => titlesOf(text, '2012-04-14');
    expect(titles('Activists say Homs was bombarded on Thursday.')).toEqual([
      'Activists say Homs was bombarded',
    ]);
    expect(
      titles('Activists say 7,000 people have been killed since the uprising began last March.'),
    ).toContain('The uprising began');
  });
});

describe('withAttribution: a saying with its verb first', () => {
  it('takes no place after "said" for who said it', () => {
    const titles = titlesOf(
      'The commission is to hold a meeting with drug makers tomorrow to discuss vaccines, the health commissioner, Androulla Vasiliou, said in Brussels.',
      '2009-04-28',
    );
    expect(titles.join(' | ')).not.toMatch(/, said in Brussels/);
  });
});
