import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/events/entities/people.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const peopleOf = (text: string) => {
  const people = findPeople(segmentSentences(text), () => false);
  const fullest = (surname: string) => {
    const span = people.fullest.get(surname);
    return span && text.slice(span.start, span.end);
  };
  return { gender: people.gender, fullest };
};

describe('findPeople', () => {
  it('keys people named after a title by surname, with the fullest name and the gender a title tells', () => {
    const p = peopleOf('Mr Annan arrived in Damascus. UN envoy Kofi Annan met President Bashar al-Assad.');
    expect(p.fullest('Annan')).toBe('Kofi Annan');
    expect(p.gender.get('Annan')).toBe('male');
    expect(p.fullest('Assad')).toBe('Bashar al-Assad');
  });

  it('takes no body for a person', () => {
    const p = peopleOf('Secretary of the Army Council said on Monday that troops would stay.');
    expect(p.fullest('Council')).toBeUndefined();
  });
});
