import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('whenClauseCut', () => {
  it('titles an opening "when" clause with the main clause its pronoun goes on with', () => {
    expect(
      titlesOf(
        'However, when the convoy reached Baba Amr on 2 March, it was denied permission to enter.',
        '2012-04-02',
      ),
    ).toContain('When the convoy reached Baba Amr, it was denied permission to enter');
  });

  it('leaves a "when" clause opening on a pronoun, and a main clause cut before its verb, to themselves', () => {
    const pronoun = titlesOf(
      'When he returned to the hotel on Saturday, he was told by authorities he would have to be quarantined.',
      '2009-05-03',
    );
    expect(pronoun.some((t) => /^When he/.test(t))).toBe(false);
    const cut = titlesOf(
      'When the Europeans first arrived more than 500 years ago, they were amazed at how wooded the country was.',
      '2010-01-20',
    );
    expect(cut.some((t) => /^When/.test(t))).toBe(false);
  });
});
