import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, dayIn } from '../eventFixtures.ts';

describe('untilBoundClause (through extractEvents)', () => {
  it('dates by an "until" date no happening of the clause after it', () => {
    const text = 'The schools stayed shut until Friday as officials tested hundreds of pupils.';
    const out = extractEvents(article(text, '2009-05-04'), [dayIn(text, 'Friday', '2009-05-01')]);
    const tested = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'tested'));
    expect(tested?.mentions.find((m) => m.trigger?.text === 'tested')?.timex).toBeUndefined();
  });

  it('dates the state the date ends', () => {
    const text = 'Officials kept the border closed until Friday, when the first trucks crossed.';
    const out = extractEvents(article(text, '2009-05-04'), [dayIn(text, 'Friday', '2009-05-01')]);
    expect(out.some((e) => e.mentions.some((m) => m.timex?.text === 'Friday'))).toBe(true);
  });
});
