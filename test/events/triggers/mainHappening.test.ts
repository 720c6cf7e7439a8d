import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { mainHappening } from '../../../src/events/triggers/mainHappening.ts';
import { tag } from '../../../src/temporal/tag.ts';

/** The word `mainHappening` picks in an undated sentence. */
const main = (text: string) =>
  mainHappening(parseSentence(segmentSentences(text)[0]!, tag(text, { reference: '2012-07-23' })))?.text;

describe('mainHappening', () => {
  it("takes the main clause's finite verb, past an opening time clause and a gerund subject", () => {
    expect(main('As the ceasefire deadline approached, the violence continued in Homs.')).toBe('continued');
    expect(main('Fighting broke out in the north of the country.')).toBe('broke out');
  });

  it('takes no general present, no participle describing an object and no infinitive', () => {
    expect(main('Such leaders follow the bidding of their patrons.')).toBeUndefined();
    expect(main('Troops stormed the houses abandoned by residents in the north.')).toBe('stormed');
    expect(main('Officials decided to close the border with Turkey.')).toBe('decided');
  });

  it("takes the clause's finite verb past a participle phrase describing its subject", () => {
    expect(main('A clause buried deep in the Act may expose BP to huge fines.')).not.toBe('buried');
    expect(main('A six-year-old girl in Oxfordshire diagnosed with the flu has made a full recovery.')).toBe(
      'made',
    );
    expect(main('The girl was diagnosed with the flu in Oxfordshire.')).toBe('diagnosed');
    // Before a state or a general present the participle's happening is the only one told.
    expect(main('A suit filed in Illinois federal court seeks class action status.')).toBe('filed');
    expect(main('Items seized during the searches included 27 tablets of the weight loss drug.')).toBe(
      'seized',
    );
  });

  it('takes no effort that has gone on up to the article, nor a state held over years', () => {
    expect(
      main('Protesters have been calling for greater freedom and an end to corruption.'),
    ).toBeUndefined();
    expect(
      main('For many years the Arab League was mocked as the epitome of all that was wrong.'),
    ).toBeUndefined();
    expect(main('Thousands of Syrian refugees have been fleeing into Turkey.')).toBe('fleeing');
    expect(main('Protesters called for greater freedom and an end to corruption.')).toBe('called');
    // A stretch after a one-off act measures its result: the act is a happening.
    expect(main('A Syrian court has jailed the activist for 20 years.')).toBe('jailed');
    expect(main('The activist was jailed for 20 years.')).toBe('jailed');
    expect(main('The council extended the mandate of the observers for two years.')).toBe('extended');
    expect(main('Egypt banned the party for five years.')).toBe('banned');
  });

  it('takes no ongoing action, standing charge or trend', () => {
    expect(
      main('Syrian forces are continuing to attack opposition strongholds in the country.'),
    ).toBeUndefined();
    expect(main('The eight-month-old uprising has become increasingly armed.')).toBeUndefined();
    expect(main('Syrian forces continued to attack opposition strongholds in the country.')).toBe(
      'continued',
    );
    // A participle of naming whose noun's own verb is modal tells what may happen.
    expect(main("Compounds called adjuvants can be used to boost a vaccine's effectiveness.")).not.toBe(
      'called',
    );
    expect(main('A ship called the Helix Producer has arrived at the site.')).toBe('called');
  });

  it('takes a verb of reporting with a noun phrase for its object, an act of its own', () => {
    expect(main("Islamic State's Afghanistan affiliate, known as ISIS-K, claimed responsibility.")).toBe(
      'claimed',
    );
    expect(main('Officials announced a curfew in Kunduz.')).toBe('announced');
    expect(main('Canada recorded its first case of person-to-person transmission.')).toBe('recorded');
    // (Not a participle in a noun phrase, a date for an object, the words or the hearer of a saying.)
    expect(main('Germany has the third highest rate in Europe with 275 confirmed cases.')).not.toBe(
      'confirmed',
    );
    expect(main('There are 25 million cases reported each year.')).not.toBe('reported');
    expect(main('He told reporters.')).toBeUndefined();
    expect(main('Reuters cited a police official as saying 12 people died.')).not.toBe('cited');
    expect(main('Obama acknowledged his administration could have done better.')).not.toBe('acknowledged');
  });
});
