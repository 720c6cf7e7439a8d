import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { cut } from './cutTitle.ts';

/** The titles of a one-sentence article's events, by trigger. */
const titlesOf = (text: string, published = '2022-05-14') =>
  Object.fromEntries(
    extractEvents(
      { id: 'a', title: 'a', source: 's', published, text },
      tag(text, { reference: published }),
    ).map((e) => [e.mentions[0]!.trigger!.text, e.title]),
  );

const DOHA = 'The Taliban condemned the strike as a violation of the Doha agreement signed in February 2020.';

describe('withoutBareParticiple', () => {
  it('drops a participle after its noun that the dropped date left at the end of the title', () => {
    expect(titlesOf('Relatives buried the soldiers killed last week.')).toEqual({
      buried: 'Relatives buried the soldiers',
      killed: 'The soldiers killed',
    });
    expect(titlesOf(DOHA).condemned).toBe(
      'The Taliban condemned the strike as a violation of the Doha agreement',
    );
  });

  it('keeps a participle with other words, and a finite verb', () => {
    expect(titlesOf('Relatives buried the soldiers killed in Helmand last week.').buried).toBe(
      'Relatives buried the soldiers killed in Helmand',
    );
    expect(titlesOf('Officials said troops arrived on Sunday.').arrived).toBe(
      'Officials said troops arrived',
    );
  });
});

describe('reducedRelativeSubject', () => {
  it("takes the noun phrase right before a dated participle, after the word that governs it, as the participle's subject", () => {
    expect(cut(DOHA, 'signed', ['February 2020'])).toBe('The Doha agreement signed');
    expect(
      cut(
        'BP took some of the blame for the Gulf oil disaster in an internal report issued Wednesday.',
        'issued',
        ['Wednesday'],
      ),
    ).toBe('An internal report issued');
  });

  it("keeps the walk's subject when it opens its clause, or a topic's preposition heads the noun", () => {
    expect(cut('The effort to plug the spill failed over the weekend.', 'failed', ['the weekend'])).toBe(
      'The effort failed',
    );
    expect(
      cut('The office, in a report on the spill released Friday, reviewed the risks.', 'released', [
        'Friday',
      ]),
    ).not.toMatch(/^The spill/);
  });
});
