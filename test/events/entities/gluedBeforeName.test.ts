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

  it("leaves out a title's last word in capitals glued before a given name", () => {
    const text = 'Chief Operating Officer Doug Suttles said the cap was working. Suttles said it would hold.';
    expect(fullest(text, 'Suttles')).toBe('Doug Suttles');
    expect(fullest('Petty Officer John Edwards said so. Edwards said more.', 'Edwards')).toBe('John Edwards');
  });
});
