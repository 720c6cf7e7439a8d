import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));

describe('possessiveDatePhrase (through extractEvents)', () => {
  it('leaves a clause undated by a possessive date under a relating preposition', () => {
    const text =
      "The stern statement, reminiscent of last year's presidential finger-wagging at big bonuses for bank executives, came as the company struggled with a cap on the leak.";
    const came = events(text, '2010-06-05').find((e) => e.mentions[0]?.trigger?.text === 'came');
    expect(came?.when.value).toBe('2010-06-05');
    expect(came?.when.mod).toBe('ON_OR_BEFORE');
  });

  it("keeps a framing preposition's possessive date for the clause", () => {
    const text = "NATO leaders decided at last year's Madrid summit to invite three countries.";
    const decided = events(text, '1998-04-02').find((e) => e.mentions[0]?.trigger?.text === 'decided');
    expect(decided?.when.value).toBe('1997');
  });

  it("still dates a possessive date's own subject noun phrase with its verb", () => {
    const text = "Friday's explosion killed 11 workers on the rig.";
    const [e] = events(text, '2010-04-24');
    expect(e?.when.value).toBe('2010-04-23');
  });
});
