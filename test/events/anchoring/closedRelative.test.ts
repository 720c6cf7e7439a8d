import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

describe('a date after a relative clause closed by commas', () => {
  it("dates no verb of the aside: the princes' attending is not Wednesday's", () => {
    const text =
      "The Berkshire boys ' school, which was attended by Princes William and Harry, was informed on Wednesday that a 13-year-old boy had tested positive.";
    const out = extractEvents(article(text, '2009-05-28'), tag(text, { reference: '2009-05-28' }));
    const attended = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'attended'));
    expect(attended?.when.start).not.toBe('2009-05-27');
    expect(out.some((e) => e.when.start === '2009-05-27')).toBe(true);
  });

  it('leaves the clause a date in the noun phrase it describes', () => {
    const text =
      'The spill has constantly been measured against the 1989 Exxon Valdez disaster, which leaked nearly 11 million gallons of crude, killed countless animals and tarnished the owner of the tanker.';
    const out = extractEvents(article(text, '2010-05-25'), tag(text, { reference: '2010-05-25' }));
    const leaked = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'leaked'));
    expect(leaked?.when.value).toBe('1989');
  });

  it("gives no opening date to the aside's verb as if it were in the phrase", () => {
    const text =
      'This week retired coastguard Admiral Thad Allen, who is handling the oil spill crisis for the government, is expected to explain how the pollution will be measured.';
    const out = extractEvents(article(text, '2010-09-13'), tag(text, { reference: '2010-09-13' }));
    expect(out.some((e) => e.mentions.some((m) => m.trigger?.text === 'handling'))).toBe(false);
  });
});
