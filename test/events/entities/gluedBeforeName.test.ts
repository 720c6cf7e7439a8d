import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/events/entities/people.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The fullest form `findPeople` gives the surname, no word a place's. */
const fullest = (text: string, surname: string) => {
  const span = findPeople(segmentSentences(text), () => false).fullest.get(surname);
  return span && text.slice(span.start, span.end);
};

describe('gluedBeforeGiven, in the fullest form of a name', () => {
  it('leaves out a fronted place the article writes apart from the name elsewhere', () => {
    const text =
      'Interior Secretary Ken Salazar visited the coast on Monday. In Washington Ken Salazar is meeting oil executives. He said the companies must pay.';
    expect(fullest(text, 'Salazar')).toBe('Ken Salazar');
  });

  it('leaves out a fronted word the article places alone elsewhere', () => {
    const text =
      'Salazar flew back to meet officials in Washington. In Washington Ken Salazar is meeting oil executives. Salazar said the companies must pay.';
    expect(fullest(text, 'Salazar')).toBe('Ken Salazar');
  });

  it('keeps the words of one name the article writes whole', () => {
    // (No form apart: the fronted word may be a given name of the same person.)
    expect(fullest('Mary Ann Williams said so. From Mary Ann Williams came a letter.', 'Williams')).toBe(
      'Mary Ann Williams',
    );
  });

  it('leaves out a fronted word that is no given name, a place or a firm', () => {
    const text = 'Exxon said profits rose. At Exxon John Smith runs the refinery. Smith said so.';
    expect(fullest(text, 'Smith')).toBe('John Smith');
    expect(
      fullest('The story came from Reuters. From Reuters John Smith reported it. Smith said so.', 'Smith'),
    ).toBe('John Smith');
  });

  it('keeps a given name the article writes alone only after "from" or "at", a sender’s', () => {
    const text = 'A letter came from Mary. From Mary Ann Williams came a letter. Williams said so.';
    expect(fullest(text, 'Williams')).toBe('Mary Ann Williams');
    expect(fullest('They met at Grace. At Grace Kelly Jones stayed. Jones said so.', 'Jones')).toBe(
      'Grace Kelly Jones',
    );
  });

  it("leaves out a title's last word in capitals glued before a given name", () => {
    const text = 'Chief Operating Officer Doug Suttles said the cap was working. Suttles said it would hold.';
    expect(fullest(text, 'Suttles')).toBe('Doug Suttles');
    expect(fullest('Petty Officer John Edwards said so. Edwards said more.', 'Edwards')).toBe('John Edwards');
  });
});
