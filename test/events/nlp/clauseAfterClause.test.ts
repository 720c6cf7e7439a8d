import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { clauseAfterClause } from '../../../src/events/nlp/clauseAfterClause.ts';

describe('clauseAfterClause', () => {
  const pieces = (text: string, midText = false) => {
    const starts = clauseAfterClause(annotate(text).tokens, midText);
    return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
  };

  it('splits at a number of tens and units spelled out with a hyphen after a day', () => {
    expect(
      pieces(
        'The healthcare worker fell ill on Wednesday Ninety-five new swine flu cases have been confirmed by the agency.',
      ),
    ).toEqual([
      'The healthcare worker fell ill on Wednesday',
      'Ninety-five new swine flu cases have been confirmed by the agency.',
    ]);
  });

  it("splits at a capitalised bound of a number after a clause's particle", () => {
    expect(
      pieces(
        'Border guards have been ordered to allow Syrians in More than 2,000 people have already crossed the border.',
      ),
    ).toEqual([
      'Border guards have been ordered to allow Syrians in',
      'More than 2,000 people have already crossed the border.',
    ]);
    expect(pieces('Troops have been deployed in more than 20 towns across the country.')).toHaveLength(1);
  });

  it('splits a caption that is a clause from the clause glued after it', () => {
    expect(
      pieces(
        'Thousands of survivors are fending for themselves Nearly a week after the earthquake struck, tens of thousands of victims are still waiting for aid.',
      ),
    ).toEqual([
      'Thousands of survivors are fending for themselves',
      'Nearly a week after the earthquake struck, tens of thousands of victims are still waiting for aid.',
    ]);
    expect(
      pieces(
        'Dozens of peacekeepers and officials are missing Officials in Dhaka have made contact with six of their policemen.',
      )[1],
    ).toBe('Officials in Dhaka have made contact with six of their policemen.');
    expect(
      pieces(
        'Aid agencies say efforts to reach survivors continue Efforts to rebuild the main port are being stepped up.',
      )[1],
    ).toBe('Efforts to rebuild the main port are being stepped up.');
    expect(
      pieces(
        'Tamiflu has been given to pupils and staff at Alleyn School Four children and one adult have been diagnosed.',
      )[1],
    ).toBe('Four children and one adult have been diagnosed.');
  });

  it('passes over a participle inside the subject to reach its verb', () => {
    expect(
      pieces(
        'Amputees may struggle to survive Doctors treating seriously injured survivors have warned of infections.',
      )[1],
    ).toBe('Doctors treating seriously injured survivors have warned of infections.');
    expect(
      pieces(
        "Amputees may struggle to survive Doctors treating seriously injured survivors of last week's 7.0-magnitude earthquake in Haiti say they amputate.",
      )[1],
    ).toBe(
      "Doctors treating seriously injured survivors of last week's 7.0-magnitude earthquake in Haiti say they amputate.",
    );
  });

  it('splits before a participle that opens a clause, after a bracket or a name', () => {
    expect(
      pieces(
        'Hisham Ikhtiar, director of the National Security Bureau (NSB) Born in 1941, Gen Ikhtiar was the head of the bureau.',
      )[1],
    ).toBe('Born in 1941, Gen Ikhtiar was the head of the bureau.');
    expect(
      pieces(
        'Gen Hassan Turkomani: Long-standing senior member of ruling Baath Party Born in 1935, Mr Turkomani joined the army.',
      )[1],
    ).toBe('Born in 1935, Mr Turkomani joined the army.');
    // A name may end in a participle-like word.
    expect(pieces('He quoted Martin Luther King in 1968, when the marches began.')).toHaveLength(1);
  });

  it('keeps names, objects and relative clauses in one sentence', () => {
    for (const text of [
      // a name's next word
      'The first family stayed at the upscale Bar Harbor resort and boarded a jet.',
      'Clooney hosted the Hope For Haiti Now telethon, which was broadcast all over the world.',
      'The girl survived four days in a supermarket, the New York Times reported on Sunday.',
      'The flu has infected 226 people, the U.S. Centers for Disease Control and Prevention said.',
      'I worked at Builth Wells Post Office in the 1950s and have lived locally since.',
      // the object of a verb, or a clause it reports without "that"
      'Michael Gerson thinks Republicans should tread carefully on immigration.',
      'The move pushes Democrats close to the majority in the Senate needed to pass bills.',
      // a relative clause without "that"
      'This is a dangerous game Republicans are playing with the budget.',
      // after a preposition, an article or a wh-word
      'Senators met in Washington, where Senators criticize their safety records.',
      'Donaldson explained to Sky News why masks are not the answer.',
      // a name that goes on, or owns what follows
      "BP's well site leader Don Vidrine told his counterpart to call the office.",
      "Vinnie has a plan, but he needs Sway's help to carry it out.",
    ])
      expect(pieces(text, true), text).toEqual([text]);
  });

  it('wants a verb in the clause before, but at the opening of the text a plural may follow a caption of words', () => {
    const text = 'Earthquake misery in the city hospital Medical help is slowly getting to survivors.';
    expect(pieces(text)).toEqual([text]);
    const opening =
      'BBC reporter on the mood in Mexico City amid empty streets and shops Governments around the world are hurrying to contain the virus.';
    expect(pieces(opening)[1]).toBe('Governments around the world are hurrying to contain the virus.');
    expect(pieces(opening, true)).toEqual([opening]);
  });

  it('reads a list of common words for the subject, a plural in -ies and a passive that goes on', () => {
    // The subject's commas do not stop the walk to its verb.
    expect(
      pieces(
        'Footage purports to show the aftermath of an attack on a funeral procession Tanks, artillery and helicopters have been deployed and clashes reported.',
        true,
      ),
    ).toEqual([
      'Footage purports to show the aftermath of an attack on a funeral procession',
      'Tanks, artillery and helicopters have been deployed and clashes reported.',
    ]);
    // A plural in -ies the lexicon knows only in the singular; a passive goes on with its preposition.
    expect(
      pieces(
        'Officials have freed some prisoners and detained protesters Amnesties were offered to political prisoners in May.',
        true,
      ),
    ).toEqual([
      'Officials have freed some prisoners and detained protesters',
      'Amnesties were offered to political prisoners in May.',
    ]);
    // A relative clause without "that" still ends at its verb, or at a preposition left without its object.
    for (const text of [
      'This is the damage Tanks, guns and planes have done to the city.',
      'These are the prisoners Amnesties were offered to.',
    ])
      expect(pieces(text, true), text).toEqual([text]);
  });

  it('starts a clause at a number spelled out and capitalised after a day', () => {
    expect(
      pieces(
        'Some 4,000 people took to the streets to mourn a protester killed on Friday Six civilians were killed in the villages of Hama province.',
        true,
      ),
    ).toEqual([
      'Some 4,000 people took to the streets to mourn a protester killed on Friday',
      'Six civilians were killed in the villages of Hama province.',
    ]);
  });
});
