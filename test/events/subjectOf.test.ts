import { describe, expect, it } from 'vitest';
import { nameAfterRole, subjectOf } from '../../src/events/subjectOf.ts';

describe('subjectOf', () => {
  it('skips adverbials, appositions and participle phrases', () => {
    expect(subjectOf('Since the day before yesterday, the government ', ['the day before yesterday'])).toBe(
      'government',
    );
    expect(subjectOf('Speaking at a Senate hearing, Overton and other experts ')).toBe(
      'Overton and other experts',
    );
    expect(subjectOf('China, however, ')).toBe('China');
  });

  it('takes the subject of a verb in an adverbial clause after its subordinator', () => {
    expect(subjectOf('Oil has been spewing into the Gulf since a drilling rig leased by BP ')).toBe(
      'drilling rig leased by BP',
    );
    expect(subjectOf('But while the elections are the first in 40 years, opposition parties have ')).toBe(
      'opposition parties',
    );
  });

  it('prefers the name in an apposition, and skips the state after a town', () => {
    expect(subjectOf("Florida's Democratic senator, Bill Nelson, ")).toBe('Bill Nelson');
    expect(subjectOf('Speaking recently at a meeting in Houma, Louisiana, Feinberg ')).toBe('Feinberg');
    expect(subjectOf('On Thursday BP ', ['Thursday'])).toBe('BP');
    expect(subjectOf('Obama on Sunday ', ['Sunday'])).toBe('Barack Obama');
    expect(subjectOf('Mexico City has closed schools until further notice, ')).toBe('Mexico City');
    expect(subjectOf('In a statement, 200 aid groups - including Christian Aid, Civicus - ')).toBe(
      '200 aid groups',
    );
  });
});

describe('subjectOf after a conjunction, and nameAfterRole', () => {
  it('takes the noun phrase after "and" as the subject', () => {
    expect(subjectOf(', and the army ')).toBe('army');
  });

  it('gives the name after a lower-case role, not a place after a preposition', () => {
    expect(nameAfterRole('ExxonMobil spokeswoman Karen Matusic')).toBe('Karen Matusic');
    expect(nameAfterRole('spokeswoman in Hong Kong')).toBeUndefined();
  });

  it('skips a lone sentence adverb before the subject', () => {
    expect(subjectOf('Separately, Lebanon has ')).toBe('Lebanon');
    expect(subjectOf('Initially, the army ')).toBe('army');
  });

  it('finds the subject after "before", and not in a verb phrase coordinated before the verb', () => {
    expect(subjectOf(' before the Deepwater Horizon rig ')).toBe('Deepwater Horizon rig');
    expect(subjectOf('The U.S. government mobilized 25 percent of its stockpile and ')).toBe(
      'U.S. government',
    );
  });

  // Sentences from the BBC's Syria coverage (Timeline17).
  it('names a person whose name has a particle ("Nabil al-Araby")', () => {
    expect(subjectOf('The head of the Arab League, Nabil al-Araby, ')).toBe('Nabil al-Araby');
    expect(nameAfterRole('FSA commander Col Riad al-Asad')).toBe('Col Riad al-Asad');
  });

  it('takes the subject of a reported clause after "that", and of a clause after "and"', () => {
    expect(subjectOf('The UN estimated in January that 5,400 people had been ')).toBe('5,400 people');
    expect(subjectOf('Homs was bombarded on Thursday and more than 30 people were ')).toBe(
      'more than 30 people',
    );
    expect(subjectOf('Syria and Russia ')).toBe('Syria and Russia');
  });

  it('reads an -ed word before the last noun as an adjective', () => {
    expect(subjectOf('Thirty unidentified corpses were also reportedly ')).toBe(
      'Thirty unidentified corpses',
    );
  });
});
