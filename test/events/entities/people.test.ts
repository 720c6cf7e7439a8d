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

  it('keys a name of two plain words without a title when it speaks in the article, not a day after it', () => {
    const p = peopleOf(
      'The new jobs will pay less, Mark Vitner of Wells Fargo says. Growth will slow, Vitner said. Residents met with Obama Sunday said nothing.',
    );
    expect(p.fullest('Vitner')).toBe('Mark Vitner');
    expect(p.fullest('Sunday')).toBeUndefined();
    // Unspoken, a name is none of the people's: "Deepwater Horizon sank".
    expect(
      peopleOf('The Deepwater Horizon sank. Rig owner Transocean said little.').fullest('Horizon'),
    ).toBeUndefined();
  });

  it('keys a name of a given name of one sex and a surname, past titles and offices, not after a determiner', () => {
    const p = peopleOf(
      'Director and deep-sea expert James Cameron is calling them morons. Chief Operating Officer Doug Suttles declined to comment. The Ford Foundation gave money.',
    );
    expect(p.fullest('Cameron')).toBe('James Cameron');
    expect(p.gender.get('Cameron')).toBe('male');
    expect(p.fullest('Suttles')).toContain('Doug Suttles');
    expect(p.fullest('Foundation')).toBeUndefined();
  });

  it('takes no body for a person', () => {
    const p = peopleOf('Secretary of the Army Council said on Monday that troops would stay.');
    expect(p.fullest('Council')).toBeUndefined();
  });
});

describe('findPeople, a surname two people share', () => {
  it('marks a surname ambiguous when two forms give different given names', () => {
    const text =
      'President Barack Obama visited Louisiana. First lady Michelle Obama stayed in Washington. President Obama spoke.';
    expect(findPeople(segmentSentences(text), () => false).ambiguous.has('Obama')).toBe(true);
  });

  it('keeps one whose forms only add to each other, and a place before a name out of the given names', () => {
    const same =
      'UN envoy Kofi Annan arrived. Mr Annan met President Bashar al-Assad. President Assad spoke.';
    const people = findPeople(segmentSentences(same), () => false);
    expect(people.ambiguous.size).toBe(0);
    const glued = 'President Barack Obama spoke. Washington Obama said the spill was a disaster.';
    const isWashington = (t: { text: string }) => t.text === 'Washington';
    expect(findPeople(segmentSentences(glued), isWashington).ambiguous.has('Obama')).toBe(false);
  });
});

describe('findPeople, whose the fullest form is', () => {
  it("tells a fullest form a woman's or a man's by the word before it, and no other", () => {
    const lady = findPeople(
      segmentSentences('President Obama spoke. He and first lady Michelle Obama held a picnic.'),
      () => false,
    );
    expect(lady.fullestGender.get('Obama')).toBe('female');
    const plain = findPeople(
      segmentSentences('UN envoy Kofi Annan arrived. Mr Annan met officials.'),
      () => false,
    );
    expect(plain.fullestGender.has('Annan')).toBe(false);
  });
});
