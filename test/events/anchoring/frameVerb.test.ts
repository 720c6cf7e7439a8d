import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const dated = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }))
    .filter((e) => e.mentions[0]?.timex)
    .map((e) => `${e.mentions[0]!.trigger?.text}@${e.when.value}`);

describe('frameVerb (through extractEvents)', () => {
  it('gives the date of a noun whose title says nothing to the verb its phrase frames', () => {
    const summit =
      "NATO decided at last year's Madrid summit to invite the three eastern European countries to start accession talks.";
    expect(dated(summit, '1998-12-03')).toEqual(['decided@1997']);
    const hearing =
      'At a September hearing, the judge overseeing the cases, Carl Barbier, suggested the claims were good candidates for settlement.';
    expect(dated(hearing, '2010-10-20')).toEqual(['suggested@2010-09']);
  });

  it('not across "after", nor to a relative clause\'s verb', () => {
    const after =
      'After the 11 September 2001 attacks, Gen Shawkat helped set up a US intelligence operation in Syria.';
    expect(dated(after, '2012-07-18').filter((x) => x.startsWith('helped'))).toEqual([]);
    const died =
      'He oversaw the paying out of billions of dollars for families of those who died in the Sept. 11, 2001, attacks.';
    expect(dated(died, '2010-06-20').filter((x) => x.startsWith('died'))).toEqual([]);
  });
});
