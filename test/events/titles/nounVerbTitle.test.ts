import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('verbTitleOfNoun', () => {
  it('titles a dated event noun by the past verb of its time whose phrase of "in", "of" or "by" holds it', () => {
    expect(titlesOf('The Baath Party came to power in a military coup in 1962.', '2012-02-15')).toContain(
      'The Baath Party came to power in a military coup',
    );
    expect(titlesOf('Jackson died of a cardiac arrest at his home in June.', '2009-07-01')).toContain(
      'Jackson died of a cardiac arrest at his home',
    );
  });

  it('leaves the noun its own title under a later verb, a modal one or a participle after a noun', () => {
    const later = titlesOf(
      'The Gulf of Mexico leak has surpassed the 1989 Exxon Valdez disaster as the worst spill.',
      '2010-06-01',
    );
    expect(later.some((t) => /surpassed/.test(t))).toBe(false);
    const modal = titlesOf(
      'The spill could eclipse the 1989 Exxon Valdez disaster as the worst spill.',
      '2010-06-01',
    );
    expect(modal.some((t) => /eclipse/.test(t))).toBe(false);
  });
});
