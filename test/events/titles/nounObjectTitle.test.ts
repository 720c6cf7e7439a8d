import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const titlesOf = (text: string, published: string) =>
  extractEvents(
    { id: 'a', title: 'a', source: 's', published, text },
    tag(text, { reference: published }),
  ).map((e) => e.title);

describe('objectVerbCut', () => {
  it('titles a dated event noun a gerund governs by the finite verb that holds both', () => {
    expect(
      titlesOf(
        'Some recent Syrian protests have criticised the Arab bloc for canceling a Syria-focused meeting on Saturday and extending a deadline for Damascus to end the crackdown.',
        '2011-12-18',
      ),
    ).toContain(
      'Some recent Syrian protests have criticised the Arab bloc for canceling a Syria-focused meeting and extending a deadline for Damascus to end the crackdown',
    );
  });

  it('reaches a verb of saying past an infinitive and a bare verb joined to it', () => {
    expect(
      titlesOf(
        'Turkey announced plans to freeze Syrian government assets and suspend all financial dealings with Turkey on 30 November 2011.',
        '2011-12-01',
      ),
    ).toContain(
      'Turkey announced plans to freeze Syrian government assets and suspend all financial dealings with Turkey',
    );
  });

  it('titles a noun a "be" is there for with its clause, subject first', () => {
    expect(
      titlesOf(
        'He is due in Washington for talks with Secretary of State Hillary Clinton early next week.',
        '2012-02-09',
      ),
    ).toContain('He is due in Washington for talks with Secretary of State Hillary Clinton');
  });

  it('titles the object of a relative clause verb as written from the antecedent', () => {
    expect(
      titlesOf(
        'For ordinary Mexicans this week, who faced the shutdown of their country by swine flu and an unknown number of deaths, it was a culprit that was needed.',
        '2009-05-02',
      ),
    ).toContain('Ordinary Mexicans faced the shutdown of their country');
  });

  it('reaches the verb past a measure or light noun and its "of", and past a phrasal particle', () => {
    expect(
      titlesOf('The Senate committee kicked off a series of hearings on Monday.', '2010-05-18'),
    ).toContain('The Senate committee kicked off a series of hearings');
    expect(titlesOf('Barack Obama took charge of the oil spill crisis yesterday.', '2010-06-16')).toContain(
      'Barack Obama took charge of the oil spill crisis',
    );
  });

  it('titles a noun the "for" after a verb\'s object holds by that verb', () => {
    expect(
      titlesOf('The Syrian government blamed al-Qaeda for two blasts in Damascus in December.', '2012-01-07'),
    ).toContain('The Syrian government blamed al-Qaeda for two blasts in Damascus');
  });

  it('tells a reported happening named by a noun with the verb that governs it', () => {
    expect(
      titlesOf(
        'Louisiana Gov. Bobby Jindal said he expects local leaders in coastal parishes to call for evacuation of low-lying areas as early as Friday morning.',
        '2010-07-22',
      ),
    ).toContain(
      'Louisiana Gov. Bobby Jindal said he expects local leaders in coastal parishes to call for evacuation of low-lying areas',
    );
  });

  it('goes on to the head of a phrase the noun modifies', () => {
    expect(
      titlesOf(
        'WHO raised its global pandemic alert level last month to 5 on a 6-point scale.',
        '2009-05-12',
      ),
    ).toContain('WHO raised its global pandemic alert level');
  });

  it('leaves a phrase with its own date, a "following", a negated infinitive and a bare "That" to the noun', () => {
    expect(
      titlesOf(
        "Efforts are intensifying to help the survivors of Tuesday's earthquake in Haiti.",
        '2010-01-15',
      ),
    ).toContain("Tuesday's earthquake in Haiti");
    expect(
      titlesOf(
        'The movement of militants from Iraq into Syria could increase sharply following the release of a video on Saturday by al-Qaeda leader Ayman al-Zawahiri.',
        '2012-02-12',
      ),
    ).toContain('The release of a video by al-Qaeda leader Ayman al-Zawahiri');
    expect(
      titlesOf(
        "It appears US television network Fox made the right move when they opted not to air Barack Obama's press conference last night.",
        '2009-04-27',
      ),
    ).toContain("Barack Obama's press conference");
    expect(
      titlesOf('That followed another fatal accident at a BP refinery in Texas City in 2005.', '2010-06-01'),
    ).toContain('Another fatal accident at a BP refinery');
  });
});

describe('nounOfParticiple', () => {
  it('titles a participle before its noun as the noun, with "there is"', () => {
    expect(
      titlesOf(
        'By yesterday there were 54 reported cases, including four people who were infected in the country.',
        '2009-05-04',
      ),
    ).toContain('There were 54 reported cases');
  });

  it('takes no date for the noun a participle describes', () => {
    expect(
      titlesOf(
        'Egypt has also had sporadic cases of H5N1 avian influenza, the latest reported yesterday.',
        '2009-06-30',
      ),
    ).toContain('Egypt has also had sporadic cases of H5N1 avian influenza, the latest reported');
  });
});

describe('complementPastDate', () => {
  it('goes on past a date to the infinitive or "that" clause of the noun', () => {
    expect(
      titlesOf(
        "As shown by the World Health Organization's decision Monday to raise the pandemic alert to Level 4, and later to Level 5, there's plenty of drama to report without adding to it.",
        '2009-04-30',
      ),
    ).toContain("The World Health Organization's decision to raise the pandemic alert to Level 4");
    expect(
      titlesOf(
        "But in view of early setbacks, BP's announcement early Wednesday that it had reached a static condition came as a huge relief.",
        '2010-08-05',
      ),
    ).toContain("BP's announcement that it had reached a static condition");
  });

  it('leaves the verb before a short noun its title', () => {
    expect(
      titlesOf('A new valve was put on the leak Tuesday night to stop the flow.', '2010-05-05'),
    ).toContain('A new valve was put on the leak to stop the flow');
  });
});
