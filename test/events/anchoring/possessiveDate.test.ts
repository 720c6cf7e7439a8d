import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));

/** The date of the event named by `trigger` in `text`, published `published`. */
const dateOf = (text: string, published: string, trigger: string) =>
  events(text, published).find((e) => e.mentions.some((m) => m.trigger?.text === trigger))?.when;

describe('possessiveDatePhrase (through extractEvents)', () => {
  it('leaves a clause undated by a possessive date under a relating preposition, not under a framing one', () => {
    const came = dateOf(
      "The stern statement, reminiscent of last year's presidential finger-wagging at big bonuses for bank executives, came as the company struggled with a cap on the leak.",
      '2010-06-05',
      'came',
    );
    expect(came?.value).toBe('2010-06-05');
    expect(came?.mod).toBe('ON_OR_BEFORE');
    // "at last year's summit" frames the deciding; a possessive subject dates its verb.
    expect(
      dateOf(
        "NATO leaders decided at last year's Madrid summit to invite three countries.",
        '1998-04-02',
        'decided',
      )?.value,
    ).toBe('1997');
    expect(events("Friday's explosion killed 11 workers on the rig.", '2010-04-24')[0]?.when.value).toBe(
      '2010-04-23',
    );
  });
});
