import { describe, expect, it } from 'vitest';
import { analyzeClause } from '../../src/events/analyzeClause.ts';

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

  it('agrees the verb with counted and irregular plurals and with "they"', () => {
    expect(analyzeClause('only 145 had died', { finite: true })?.title).toBe('Only 145 die');
    expect(analyzeClause('Thirteen died in Homs', { finite: true })?.title).toBe('Thirteen die in Homs');
    // A headline's bare participle of a victim verb, with no object, is a passive.
    expect(analyzeClause('More than 5,000 civilians killed since March', { finite: true })?.title).toBe(
      'More than 5,000 civilians killed',
    );
    expect(analyzeClause('Rebels killed 30 soldiers', { finite: true })?.title).toBe(
      'Rebels kill 30 soldiers',
    );
    expect(analyzeClause('The army attacked in the morning', { finite: true })?.title).toBe(
      'Army attacks in the morning',
    );
    // An irregular participle after "were" keeps the passive: found, not "find".
    expect(analyzeClause('Bodies of 45 people were found in Homs', { finite: true })?.title).toBe(
      'Bodies of 45 people found in Homs',
    );
    expect(analyzeClause('Another person died in Amouda', { finite: true })?.title).toBe(
      'Another person dies in Amouda',
    );
    expect(analyzeClause('More than 7,500 people have died in Syria', { finite: true })?.title).toBe(
      'More than 7,500 people die in Syria',
    );
    expect(analyzeClause('they had seized the town', { finite: true })?.title).toBe('They seize the town');
    expect(analyzeClause('the April 20 rig explosion that left 11 workers dead')?.title).toBe(
      'Rig explosion leaves 11 workers dead',
    );
    expect(analyzeClause('protests against his rule began in March', { finite: true })?.title).toBe(
      'Protests against his rule begin in March',
    );
  });

  it('lets a pronoun subject stand for the subject the caller knows', () => {
    expect(analyzeClause('it had seized the town', { finite: true, subject: 'The army' })?.title).toBe(
      'The army seizes the town',
    );
  });

  it('keeps the verb of a progressive and a noun that starts like a determiner ("uprising against")', () => {
    expect(
      analyzeClause(
        'activists said government forces were continuing their offensive on opposition strongholds',
        {
          finite: true,
        },
      )?.title,
    ).toBe('Activists say government forces were continuing their offensive on opposition strongholds');
    expect(
      analyzeClause('Thousands have died there in an 11-month uprising against the government.', {
        finite: true,
      })?.title,
    ).toMatch(/^Thousands die there in an 11-month uprising against the government/);
  });

  it('reads a hedged passive as a passive and counts "a number of countries" as many', () => {
    expect(
      analyzeClause('Hundreds have been reported killed in the offensive over the past week.', {
        finite: true,
      })?.title,
    ).toMatch(/^Hundreds killed in the offensive/);
    expect(
      analyzeClause('A number of countries have now withdrawn their ambassadors from Syria', { finite: true })
        ?.title,
    ).toBe('Number of countries withdraw their ambassadors from Syria');
  });

  it('titles an event noun without the verb or adverb before it, unless that leaves too few words', () => {
    expect(
      analyzeClause(
        'Saudi Defense Minister Prince Salman bin Abdul Aziz also held talks on Syria at the Pentagon on Wednesday.',
        { skip: ['Wednesday'] },
      )?.title,
    ).toMatch(/^Talks on Syria at the Pentagon\b/);
    // "Visit" alone would not be worth an event; which events exist is not the title's business.
    expect(analyzeClause('Mr Annan will briefly visit Syrian refugees on the Turkish border')?.title).toBe(
      'Will briefly visit',
    );
  });

  it('names the happening of "there was fighting"', () => {
    expect(
      analyzeClause('there was fighting near the cabinet office on the western side of Damascus', {
        finite: true,
      })?.title,
    ).toBe('Fighting near the cabinet office on the western side of Damascus');
  });
});
