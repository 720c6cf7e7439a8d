import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const PUBLISHED = '2024-03-01';

/** The `when` of the event each trigger names, in the one-sentence article `text`. */
const whenOf = (text: string) => {
  const out = extractEvents(article(text, PUBLISHED), tag(text, { reference: PUBLISHED }));
  return new Map(out.map((e) => [e.mentions[0]?.trigger?.text, e.when]));
};

describe('an old aside that only describes its noun', () => {
  it("dates its participle and leaves the main clause the day's news", () => {
    const when = whenOf(
      'The Taliban condemned the strike as a violation of the Doha agreement signed in February 2020.',
    );
    expect(when.get('signed')).toMatchObject({ value: '2020-02' });
    // (Was: the condemnation told as undated background, and so left out.)
    expect(when.get('condemned')).toMatchObject({ end: PUBLISHED, mod: 'ON_OR_BEFORE' });
  });

  it('does the same for a relative clause', () => {
    const when = whenOf(
      'The Taliban condemned the strike as a violation of the agreement which was signed in February 2020.',
    );
    expect(when.get('condemned')).toMatchObject({ end: PUBLISHED, mod: 'ON_OR_BEFORE' });
  });
});

describe('an old aside on the noun of a preposition of time', () => {
  it('bounds the main clause too: no news of the days before publication', () => {
    const when = whenOf('The plume was detected during a scientific expedition that ended in late June.');
    expect(when.get('ended')).toBeDefined();
    expect(when.get('detected')?.mod).not.toBe('ON_OR_BEFORE');
  });
});
