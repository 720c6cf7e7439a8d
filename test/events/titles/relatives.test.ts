import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { deletionTitle } from '../../../src/events/titles/deletionTitle.ts';
import { contactRelative } from '../../../src/events/titles/relatives.ts';
import { cut } from './cutTitle.ts';

describe('relativeAntecedent', () => {
  it('takes the whole object, its "of" phrase and all, for a relative clause a date sets apart', () => {
    expect(
      cut(
        'The Harte institute did an early analysis of the impact last month that put the annual damage at $1.8 billion.',
        'put',
        ['last month'],
      ),
    ).toBe('An early analysis of the impact put the annual damage at $1.8 billion');
  });

  it("leaves the main clause's quantifier off the antecedent", () => {
    expect(
      cut(
        'The government has regained control of most areas of Damascus which had been captured by rebels.',
        'captured',
      ),
    ).toBe('Areas of Damascus had been captured by rebels');
    expect(cut('Families of some of the 11 workers who died in the blast have filed claims.', 'died')).toBe(
      'The 11 workers died in the blast',
    );
  });

  it('gives "which" no person and "who" no thing: past a head of the other kind, the phrase after the preposition', () => {
    expect(
      cut(
        'Workers on the drillship Discoverer Enterprise, which is parked above the well, noticed oil.',
        'parked',
      ),
    ).toMatch(/^The drillship Discoverer Enterprise is parked/);
    expect(
      cut(
        'Her decision is based on advice from public health experts who held an emergency meeting.',
        'held',
      ),
    ).toMatch(/^Public health experts held/);
  });
  it('keeps a person head for "who" and a thing for "which"', () => {
    expect(cut('A pupil at the fee-paying school who visited the US had been diagnosed.', 'visited')).toMatch(
      /^A pupil at the fee-paying school visited/,
    );
    expect(cut('The fire on the rig, which burned for two days, was put out.', 'burned')).toMatch(
      /^The fire on the rig burned/,
    );
  });

  it('takes the noun before a city and its country for the subject of a verb that runs a course', () => {
    expect(
      cut(
        'Ministers called for Syria to be suspended at an emergency two-day summit in Mecca, Saudi Arabia, which starts on Tuesday.',
        'starts',
      ),
    ).toMatch(/^An emergency two-day summit starts/);
  });

  it("ends a relative clause right after its noun before a second finite verb, the main clause's", () => {
    expect(
      cut(
        'However, a ceasefire that was supposed to have come into effect in April never took hold.',
        'took',
      ),
    ).toMatch(/^A ceasefire never took hold/);
    expect(cut('The report that was released by the UN said 100 people died.', 'said')).toBe(
      'The report said 100 people died',
    );
    // Not an object relative ("the man that the police arrested"), whose pronoun has no verb of its own.
    expect(cut('The man that the police arrested fled the country.', 'fled')).not.toMatch(/^The man fled/);
  });

  it('keeps an adverb between the article and an adjective of the antecedent', () => {
    expect(
      cut('Officials fear the arms will reach the very same people that mounted attacks in Iraq.', 'mounted'),
    ).toBe('The very same people mounted attacks in Iraq');
  });
});

describe('contactRelative after a date', () => {
  it('takes a pronoun after a date for the subject, not for a relative clause without its pronoun', () => {
    const { tokens } = annotate('Yesterday it closed at $4.375 a share.');
    const it = tokens.findIndex((t) => t.text === 'it');
    expect(contactRelative(tokens, [it], (i) => i === 0)).toBe(false);
    const delegates = annotate('None of the delegates he spoke to agreed.').tokens;
    const he = delegates.findIndex((t) => t.text === 'he');
    expect(contactRelative(delegates, [he])).toBe(true);
  });
});

describe('contactRelative after whom a verb tells', () => {
  it('takes a pronoun after the one told for the subject of the words told', () => {
    const { tokens } = annotate(
      'Prime Minister Jean-Max Bellerive told US network CNN he believed more than 100,000 people had died.',
    );
    const he = tokens.findIndex((t) => t.text === 'he');
    expect(contactRelative(tokens, [he])).toBe(false);
  });
});

describe('antecedentPhrase: parts of a named place', () => {
  it('keeps the parts with the place a relative clause follows, the main clause\'s "most" left off', () => {
    const text = 'The army regained most areas of Damascus which had been captured by rebels.';
    const { tokens } = annotate(text);
    const k = tokens.findIndex((t) => t.text === 'captured');
    expect(deletionTitle(tokens, splitClauses(tokens), k).text).toBe(
      'Areas of Damascus had been captured by rebels',
    );
  });
});

describe('relativeAntecedent of a verb of course after a place', () => {
  it('takes the noun before the place, not the place, for what began', () => {
    expect(
      cut(
        'The massive oil spill in the Gulf of Mexico that began in April is depriving him of income.',
        'began',
      ),
    ).toMatch(/^The massive oil spill/);
    // (A place that is the relative's own subject stays: "Syria, which began talks".)
    expect(
      cut('Delegates met in the capital of Syria, which began talks with the rebels.', 'began'),
    ).not.toMatch(/^The capital/);
  });
});

describe('relativeAntecedent: a course looked ahead to', () => {
  it('gives what is expected to begin the head before the preposition, not the name after it', () => {
    expect(
      cut(
        'The case will run parallel with the criminal trial against Dr Murray, which is expected to begin.',
        'begin',
      ),
    ).toBe('The criminal trial is expected to begin');
  });
});
