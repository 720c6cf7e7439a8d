import { describe, expect, it } from 'vitest';
import { mediaCoverage } from '../../../src/events/clauses/mediaCoverage.ts';
import { clauseOf, splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const coverage = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  const k = tokens.findIndex((t) => t.text === verb);
  expect(k).toBeGreaterThanOrEqual(0);
  return mediaCoverage(tokens, clauseOf(splitClauses(tokens), k), k);
};

describe('mediaCoverage', () => {
  it('takes what a medium did with its pages or air time for no happening', () => {
    expect(
      coverage('Reuters.com also featured a special coverage page with the latest news.', 'featured'),
    ).toBe(true);
    expect(
      coverage(
        'But the networks filled time between news conferences with interviews of officials.',
        'filled',
      ),
    ).toBe(true);
    expect(coverage('The BBC website focused on the confirmation of flu cases in the UK.', 'focused')).toBe(
      true,
    );
    expect(
      coverage(
        'News bulletins have been dominated by the rising number of casualties and a slide towards civil war.',
        'dominated',
      ),
    ).toBe(true);
    expect(coverage('The headlines focused on the rising death toll.', 'focused')).toBe(true);
    // (Carrying reports tells what someone claims, as reporting does; carrying a speech is air time.)
    expect(
      coverage(
        'But the networks later carried reports of Syrian forces inflicting heavy losses in Aleppo.',
        'carried',
      ),
    ).toBe(false);
    expect(coverage('The networks carried the speech live.', 'carried')).toBe(true);
  });

  it('leaves networks and channels that are no media', () => {
    expect(coverage('Al Qaeda networks bombed the embassy on Friday.', 'bombed')).toBe(false);
    expect(coverage('Smuggling networks moved weapons across the border.', 'moved')).toBe(false);
    expect(coverage('The shipping channels reopened on Monday.', 'reopened')).toBe(false);
    expect(coverage('These networks bombed the embassy.', 'bombed')).toBe(false);
    expect(coverage('US television networks filled their evening news with the storm.', 'filled')).toBe(true);
  });

  it('leaves a medium that reports or publishes, and other subjects', () => {
    expect(coverage('Izvestia newspaper reported that the ship had sailed.', 'reported')).toBe(false);
    expect(coverage('A US government website published satellite images of the area.', 'published')).toBe(
      false,
    );
    expect(coverage('The rebels filled the square with tents.', 'filled')).toBe(false);
    expect(coverage('Traffic at the site doubled in April.', 'doubled')).toBe(false);
  });
});

describe('mediaCoverage on what media do of their own', () => {
  it('leaves their plans, their naming and a medium inside a phrase on the subject', () => {
    expect(
      coverage(
        'Around a dozen US television networks will team up for an all-star telethon next Friday.',
        'team',
      ),
    ).toBe(false);
    expect(coverage('On Tuesday, newspapers named the Scottish couple who tested positive.', 'named')).toBe(
      false,
    );
    expect(
      coverage('John Aravosis of Americablog.com pointed out alterations in the photo.', 'pointed'),
    ).toBe(false);
  });
});

describe('mediaCoverage on who broke a story', () => {
  it('takes "was first reported by" an outlet for no happening', () => {
    expect(
      coverage("Kendall's testimony was first reported Wednesday by the Wall Street Journal.", 'reported'),
    ).toBe(true);
    expect(
      coverage('The documents were first reported by the Associated Press on Saturday.', 'reported'),
    ).toBe(true);
  });

  it('leaves cases first reported in a place', () => {
    expect(coverage('The new virus was first reported in two U.S. children in March.', 'reported')).toBe(
      false,
    );
  });
});
