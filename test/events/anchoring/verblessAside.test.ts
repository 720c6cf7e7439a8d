import { describe, expect, it } from 'vitest';
import { verblessAside } from '../../../src/events/anchoring/verblessAside.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { article, dayIn } from '../eventFixtures.ts';

const asideOf = (text: string, date: string) => {
  const s = segmentSentences(text)[0]!;
  return verblessAside(s, dayIn(text, date, '2009-05-01'));
};

describe('verblessAside', () => {
  it('finds an aside with an adjective and no verb between a noun and its verb', () => {
    expect(asideOf('Now five more pupils, off sick on Friday, have been confirmed as ill.', 'Friday')).toBe(
      'off sick on Friday',
    );
  });

  it('finds none for a bare date, a relative clause, a place or a report', () => {
    expect(asideOf('Mr Smith, on Friday, said the school would close.', 'Friday')).toBeUndefined();
    expect(asideOf('The pupils, who fell ill on Friday, have been confirmed.', 'Friday')).toBeUndefined();
    expect(asideOf('Protests in Deraa, southern Syria on Friday, spread to Homs.', 'Friday')).toBeUndefined();
    expect(asideOf('Officials said pupils, off sick on Friday, were confirmed.', 'Friday')).toBeUndefined();
  });
});

describe('an aside date through extractEvents', () => {
  it('dates the clause after the aside day and on or before publication', () => {
    const text =
      'Now five more pupils, off sick on Friday, have been confirmed as having contracted the virus.';
    const [e] = extractEvents(article(text, '2009-05-04'), [dayIn(text, 'Friday', '2009-05-01')]);
    expect(e?.when).toMatchObject({ start: '2009-05-01', end: '2009-05-04', mod: 'ON_OR_BEFORE' });
  });

  it('leaves a coming date in an aside to date the plan', () => {
    const text = 'The vote, due on Friday, will decide the fate of the government.';
    const [e] = extractEvents(article(text, '2010-05-01'), [dayIn(text, 'Friday', '2010-05-07')]);
    expect(e?.when.value).toBe('2010-05-07');
    expect(e?.when.mod).not.toBe('ON_OR_BEFORE');
  });
});
