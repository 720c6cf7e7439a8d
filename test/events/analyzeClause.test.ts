import { describe, expect, it } from 'vitest';
import { analyzeClause, findEventVerb, subjectOf } from '../../src/events/analyzeClause.ts';

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

describe('findEventVerb with finite', () => {
  it('skips modal, infinitive, relative-clause and participle uses', () => {
    expect(
      findEventVerb('There is way too much pressure to cap it with mud.', { finite: true }),
    ).toBeUndefined();
    expect(findEventVerb('the well may then be officially declared dead', { finite: true })).toBeUndefined();
    expect(
      findEventVerb('Annan, sent by the United Nations, expressed frustration', { finite: true }),
    ).toBeUndefined();
    expect(
      findEventVerb('the federal government, which in turn is charging BP', { finite: true }),
    ).toBeUndefined();
    expect(findEventVerb("Mexico's confirmed death toll ticked up", { finite: true })).toBeUndefined();
  });

  it('keeps a caused infinitive that happened', () => {
    expect(
      findEventVerb('A reality that prompted the government to tighten security measures', { finite: true })
        ?.form,
    ).toBe('tighten');
  });
});

describe('analyzeClause', () => {
  it('titles a clause as who does what, in the present tense', () => {
    expect(
      analyzeClause('a storm that in 2005 killed more than 1,800 people in New Orleans', {
        finite: true,
        skip: ['2005'],
      }),
    ).toMatchObject({ title: 'Storm kills more than 1,800 people in New Orleans', type: 'other' });
    expect(
      analyzeClause('An online campaign was launched by social media users calling for aid'),
    ).toMatchObject({
      title: 'Social media users launch online campaign',
    });
  });

  it('reads a bomb that kills as an explosion, and "fought to contain the slick" as no battle', () => {
    expect(analyzeClause('A car bomb killed 26 people in Damascus')?.type).toBe('explosion');
    expect(analyzeClause('BP and the Coast Guard fought the oil slick')?.type).toBe('other');
  });
});
