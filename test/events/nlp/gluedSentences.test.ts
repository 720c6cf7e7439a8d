import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { gluedStarts } from '../../../src/events/nlp/gluedSentences.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const pieces = (text: string) => {
  const starts = gluedStarts(text, 0, text.length, annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('gluedStarts', () => {
  it('starts a sentence at a preposition before a day after a word in small letters, not in a headline', () => {
    expect(
      pieces(
        'Tarmo Joveer was given water via a rubber tube On Thursday US Secretary-General Ban Ki-moon told the tale of one UN staff member.',
      ),
    ).toEqual([
      'Tarmo Joveer was given water via a rubber tube',
      'On Thursday US Secretary-General Ban Ki-moon told the tale of one UN staff member.',
    ]);
    const headline = 'Markets Fall On Monday as oil prices climb again.';
    expect(pieces(headline)).toEqual([headline]);
  });
  it('starts a sentence at an article before a name after a verb that ends a clause', () => {
    expect(
      pieces(
        'Crowds of people were out in Damascus as the convoy arrived The Syrian opposition has voiced strong criticism.',
      ),
    ).toEqual([
      'Crowds of people were out in Damascus as the convoy arrived',
      'The Syrian opposition has voiced strong criticism.',
    ]);
  });
  it("splits before an article that opens a name and a common word, not a work's title", () => {
    expect(
      pieces(
        'SOS Villages runs a community for 1000 orphaned Haitians A Cambridge-based charity is helping children.',
      ),
    ).toEqual([
      'SOS Villages runs a community for 1000 orphaned Haitians',
      'A Cambridge-based charity is helping children.',
    ]);
    const work =
      'Christopher Reid, who won the prize with his collection of poems A Scattering, also took part.';
    expect(pieces(work)).toEqual([work]);
  });
  it('starts a sentence at an article before a name after an adjective that "the" makes a noun', () => {
    expect(
      pieces(
        'Aid worker Chris Webster has been told to prepare for the worst The United Nations says it is sending 3,500 troops.',
      ),
    ).toEqual([
      'Aid worker Chris Webster has been told to prepare for the worst',
      'The United Nations says it is sending 3,500 troops.',
    ]);
    const one = 'The report was the first The Guardian published on the spill.';
    expect(pieces(one)).toEqual([one]);
  });
  it("starts a sentence at an opener's contraction glued to a caption", () => {
    expect(
      pieces(
        "BP has suffered a number of controversies in recent years It's not often that a US president sacks a boss.",
      ),
    ).toEqual([
      'BP has suffered a number of controversies in recent years',
      "It's not often that a US president sacks a boss.",
    ]);
    const said = "He said It's Complicated was his favourite film.";
    expect(pieces(said)).toEqual([said]);
  });
  it("keeps a page's time stamp glued between a standfirst and the lead apart", () => {
    expect(
      pieces(
        'All but two of latest batch caught virus in Britain Monday 4 May 2009 10.22 BST Hotel staff and guests wave from inside the hotel.',
      ),
    ).toEqual([
      'All but two of latest batch caught virus in Britain',
      'Monday 4 May 2009 10.22 BST',
      'Hotel staff and guests wave from inside the hotel.',
    ]);
  });
  it('keeps a page\'s "last updated" stamp apart from the headline before it and the lead after it', () => {
    expect(
      pieces(
        "Last updated at 21:40 GMT Help Michael Jackson's former personal doctor has been found guilty of involuntary manslaughter.",
      ),
    ).toEqual([
      'Last updated at 21:40 GMT Help',
      "Michael Jackson's former personal doctor has been found guilty of involuntary manslaughter.",
    ]);
    expect(
      pieces(
        "Jackson was ` murdered for money ', says sister Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK Michael Jackson was murdered for money, according to his sister.",
      ),
    ).toEqual([
      "Jackson was ` murdered for money ', says sister",
      'Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK',
      'Michael Jackson was murdered for money, according to his sister.',
    ]);
    expect(
      pieces(
        'Page last updated at 11:14 GMT, Thursday, 3 February 2011 (an error occurred while processing this directive) The mother of the singer can go ahead with a lawsuit.',
      )[1],
    ).toBe('The mother of the singer can go ahead with a lawsuit.');
    // (What the text says of an update is no stamp.)
    const said = 'The page was last updated at the weekend by its editors.';
    expect(pieces(said)).toEqual([said]);
  });
  it('keeps a headline in capitals glued between two texts apart, not a line of capitals', () => {
    expect(
      pieces(
        'French troops fight in Mali streets HAITI CRIPPLED BY DEVASTATING EARTHQUAKE Haiti was hit by a quake.',
      ),
    ).toEqual([
      'French troops fight in Mali streets',
      'HAITI CRIPPLED BY DEVASTATING EARTHQUAKE',
      'Haiti was hit by a quake.',
    ]);
    const line =
      '18 JANUARY, 2200 GMT, SANTO DOMINGO AIRPORT Even the most stoic Haitians are getting angry.';
    expect(pieces(line)).toEqual([line]);
  });
  it('finds sentences glued without a period after a caption or list item', () => {
    expect(pieces('Parts of Homs were bombarded for weeks The Red Cross has been unable to enter.')).toEqual([
      'Parts of Homs were bombarded for weeks',
      'The Red Cross has been unable to enter.',
    ]);
    expect(pieces('Clinton launched an attack on Russia and China There were, however, fireworks.')).toEqual([
      'Clinton launched an attack on Russia and China',
      'There were, however, fireworks.',
    ]);
    expect(
      pieces('Sanctions were imposed over the uprising More conclusive, perhaps, is an interview.'),
    ).toEqual(['Sanctions were imposed over the uprising', 'More conclusive, perhaps, is an interview.']);
    expect(pieces('Clashes went on in the northern city of Aleppo The UK said it would help.')).toEqual([
      'Clashes went on in the northern city of Aleppo',
      'The UK said it would help.',
    ]);
  });

  it('starts an item of a dated list at a date and a dash, but not at a date inside a sentence', () => {
    expect(
      pieces(
        '23 Dec 2011 - 44 people killed in Damascus 10 Feb 2012 - 28 people killed in Aleppo May 17 - 27 die',
      ),
    ).toEqual([
      '23 Dec 2011 - 44 people killed in Damascus',
      '10 Feb 2012 - 28 people killed in Aleppo',
      'May 17 - 27 die',
    ]);
    expect(pieces('Talks began on 10 Feb 2012 in Geneva - a first.')).toEqual([
      'Talks began on 10 Feb 2012 in Geneva - a first.',
    ]);
    expect(pieces('Delegates met in Doha on 2 May 2022 — the first meeting since March.')).toEqual([
      'Delegates met in Doha on 2 May 2022 — the first meeting since March.',
    ]);
  });
  it('starts an item of a dated list at a date and a colon, after a name too, not after a preposition', () => {
    expect(
      pieces(
        '23 Dec: Two bombs hit security buildings in Damascus 6 Jan: Car bomb in Damascus kills 26 10 Feb: Twin attacks leave 28 dead',
      ),
    ).toEqual([
      '23 Dec: Two bombs hit security buildings in Damascus',
      '6 Jan: Car bomb in Damascus kills 26',
      '10 Feb: Twin attacks leave 28 dead',
    ]);
    const said = 'The timetable set on 6 Jan: all parties were to withdraw.';
    expect(pieces(said)).toEqual([said]);
  });

  it("starts a fact box's item at a capitalised verb, preposition or conjunction, not inside a name", () => {
    expect(
      pieces('It includes Islamists and democracy activists Formed last November after months of talks'),
    ).toEqual([
      'It includes Islamists and democracy activists',
      'Formed last November after months of talks',
    ]);
    expect(pieces('Refugees said the crisis gets worse At least 4,300 people have now fled.')).toEqual([
      'Refugees said the crisis gets worse',
      'At least 4,300 people have now fled.',
    ]);
    expect(pieces('A doctor told Associated Press it was worse.')).toEqual([
      'A doctor told Associated Press it was worse.',
    ]);
    expect(pieces('Stars help Hope For Haiti fundraiser')).toEqual(['Stars help Hope For Haiti fundraiser']);
  });

  it('starts a sentence at a name said twice in a row', () => {
    expect(pieces('Costs are rising, says BP BP has said the cost has reached $2.65bn.')).toEqual([
      'Costs are rising, says BP',
      'BP has said the cost has reached $2.65bn.',
    ]);
    // Not an abbreviation said twice after a possessive.
    const family = 'I have got back to John Davies, my Gt Gt Grandfather, who was born in 1819.';
    expect(pieces(family)).toEqual([family]);
  });

  it('ends a sentence at a closing quotation mark glued to the next one', () => {
    expect(
      pieces('The regime could not stamp out "the flames of defiance"Two people were killed in Hama.'),
    ).toEqual(['The regime could not stamp out "the flames of defiance"', 'Two people were killed in Hama.']);
    expect(
      pieces('He said he was ready to talk with"all political forces"to end the violence.'),
    ).toHaveLength(1);
  });

  it('starts a sentence at an opening quotation mark glued to a word, but not after an article or preposition', () => {
    expect(
      pieces('The rebels overran the city three weeks ago"We have withdrawn," a commander said.'),
    ).toEqual(['The rebels overran the city three weeks ago', '"We have withdrawn," a commander said.']);
    expect(pieces('A meeting of the"Friends of Syria" group was held in Tunis.')).toHaveLength(1);
  });

  it('starts a sentence after a closing quotation glued to an article or a number', () => {
    expect(
      pieces(
        'Clinton says people watched events unfold "in horror"A day of debate has ended without agreement.',
      ),
    ).toEqual([
      'Clinton says people watched events unfold "in horror"',
      'A day of debate has ended without agreement.',
    ]);
    expect(
      pieces(
        'The singer was preparing for the gigs when he died in 2009"We have the greatest respect," he said.',
      ),
    ).toEqual([
      'The singer was preparing for the gigs when he died in 2009',
      '"We have the greatest respect," he said.',
    ]);
  });
  it("starts one at an article before a number and a common word, and after a label's noun unless a letter follows", () => {
    expect(
      pieces("Traces still remain on Mexico's coastline A 1985 report concluded the effect was limited."),
    ).toEqual([
      "Traces still remain on Mexico's coastline",
      'A 1985 report concluded the effect was limited.',
    ]);
    expect(pieces('Van Rompuy said the EU backs the Annan plan At least 19 soldiers were killed.')).toEqual([
      'Van Rompuy said the EU backs the Annan plan',
      'At least 19 soldiers were killed.',
    ]);
    const label = 'The generals drew up a plan A and a plan B for the offensive.';
    expect(pieces(label)).toEqual([label]);
  });
  it("starts a fact box's item at a capitalised adverb after a word in small letters, or a verb that agrees with no subject", () => {
    expect(pieces('Soldiers took up positions nearby Elsewhere in Syria, three people were killed.')).toEqual(
      ['Soldiers took up positions nearby', 'Elsewhere in Syria, three people were killed.'],
    );
    expect(
      pieces(
        'Coalition of seven opposition factions, united against Assad regime Includes Kurds, tribal leaders',
      ),
    ).toEqual([
      'Coalition of seven opposition factions, united against Assad regime',
      'Includes Kurds, tribal leaders',
    ]);
    const telethon = 'Wyclef Jean helped organise the Hope For Haiti Now telethon in America.';
    expect(pieces(telethon)).toEqual([telethon]);
  });
  it('starts a sentence at a capitalised adverb after a day', () => {
    expect(
      pieces('Hayward will hold a call with investors on Friday Meanwhile, investors fear a cut.'),
    ).toEqual(['Hayward will hold a call with investors on Friday', 'Meanwhile, investors fear a cut.']);
  });
  it('starts a sentence at a capitalised adverb after an object pronoun', () => {
    expect(
      pieces('Jens Kristensen emerged without a scratch on him Also on Sunday, crews rescued a UN officer.'),
    ).toEqual([
      'Jens Kristensen emerged without a scratch on him',
      'Also on Sunday, crews rescued a UN officer.',
    ]);
    const told = 'The police told him also to leave.';
    expect(pieces(told)).toEqual([told]);
  });
  it("starts a fact box's item at a capitalised adverb after a year", () => {
    expect(
      pieces('Fought wars in 1948, 1967 and 1973 Also fought in Lebanon during civil war there'),
    ).toEqual(['Fought wars in 1948, 1967 and 1973', 'Also fought in Lebanon during civil war there']);
  });
  it('starts a sentence at a closing quote before an opener, an article before a number after a name, "reported | The" before a common word', () => {
    expect(
      pieces(
        'Gen Robert Mood: "We stand ready to help bring an end to the violence"The US has said it is consulting partners.',
      ),
    ).toEqual([
      'Gen Robert Mood: "We stand ready to help bring an end to the violence"',
      'The US has said it is consulting partners.',
    ]);
    expect(
      pieces('Officials described the cargo as "dangerous"On 10 January, a Russian ship made a stop.'),
    ).toEqual(['Officials described the cargo as "dangerous"', 'On 10 January, a Russian ship made a stop.']);
    expect(pieces('Matthew Price reports from Mexico A 23-month-old Mexican child has died.')).toEqual([
      'Matthew Price reports from Mexico',
      'A 23-month-old Mexican child has died.',
    ]);
    expect(
      pieces(
        'Syria is at war, the state news agency reported The head of UN peacekeeping said the mission stops.',
      ),
    ).toEqual([
      'Syria is at war, the state news agency reported',
      'The head of UN peacekeeping said the mission stops.',
    ]);
    expect(
      pieces('He is doing all he can to help, his spokeswoman says A lawyer for the doctor has denied it.'),
    ).toEqual([
      'He is doing all he can to help, his spokeswoman says',
      'A lawyer for the doctor has denied it.',
    ]);
    expect(pieces('More died in Homs, activists say A new resolution is being drawn up.')).toEqual([
      'More died in Homs, activists say',
      'A new resolution is being drawn up.',
    ]);
    const named = 'The deal was first reported in a paper, said The Wall Street Journal on Monday.';
    expect(pieces(named)).toEqual([named]);
    const paper = 'The deal was first reported The Wall Street Journal said on Monday.';
    expect(pieces(paper)).toEqual([paper]);
    expect(pieces('The church was reduced to rubble Fewer than 20% of buildings remain standing.')).toEqual([
      'The church was reduced to rubble',
      'Fewer than 20% of buildings remain standing.',
    ]);
  });
  it("starts a sentence at a day's possessive after a noun, not after a preposition", () => {
    expect(
      pieces(
        'Parties must work towards a Syrian-led settlement Saturday\'s "action group" conference was attended by both.',
      ),
    ).toEqual([
      'Parties must work towards a Syrian-led settlement',
      'Saturday\'s "action group" conference was attended by both.',
    ]);
    const vote = "Protests went on despite Saturday's vote.";
    expect(pieces(vote)).toEqual([vote]);
  });
  it('leaves capitalized words that belong to the sentence', () => {
    for (const text of [
      'He told The Associated Press that talks failed.',
      'The court in The Hague ruled on Monday.',
      'Officials said Plan A to evacuate the town failed.',
      'She sang Florence And The Machine songs.',
      'Mr Annan met President Assad in Damascus.',
    ])
      expect(pieces(text)).toEqual([text]);
  });

  it('splits the sentences segmentSentences returns', () => {
    const s = segmentSentences(
      'Rebels took the town. Civilians fled the fighting in Aleppo The UK said on Tuesday it would send aid.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'Rebels took the town.',
      'Civilians fled the fighting in Aleppo',
      'The UK said on Tuesday it would send aid.',
    ]);
  });

  it('starts a piece at a preposition before a name its comma closes, after a word in small letters', () => {
    expect(
      pieces(
        'Tally does not include members of the security forces In Syria, troops are continuing an assault.',
      ),
    ).toEqual([
      'Tally does not include members of the security forces',
      'In Syria, troops are continuing an assault.',
    ]);
    // Not a preposition inside a title in capitals: "Killed In Action, the film".
    expect(pieces('He starred in Killed In Action, a film about the war.')).toHaveLength(1);
  });

  it("ends a caption's quotation after its speaker's colon before a capitalized word", () => {
    expect(
      pieces(
        'Activist Ghias al-Jundi:"The Arab League has prolonged the crisis" Mr Arabi is to address the council.',
      ),
    ).toEqual([
      'Activist Ghias al-Jundi:"The Arab League has prolonged the crisis"',
      'Mr Arabi is to address the council.',
    ]);
  });
});

describe('gluedStarts after a headline', () => {
  it('starts the story where the names the paragraph opens with are said again', () => {
    expect(pieces('Michael Jackson died in June 2009 Michael Jackson was in good spirits.')).toEqual([
      'Michael Jackson died in June 2009',
      'Michael Jackson was in good spirits.',
    ]);
    // (Not after a word that joins the clause on: a name said twice in one sentence.)
    expect(pieces('Barack Obama met the leaders and Barack Obama said they agreed.')).toHaveLength(1);
  });
  it("starts the lead where a caption's subject, a name's possessive and its noun, is said again before a verb", () => {
    const caption =
      "Page last updated at 11:14 GMT, Thursday, 3 February 2011 Michael Jackson's mother said promoters ignored signs of stress in the singer Michael Jackson's mother can go ahead with a lawsuit, a judge has ruled.";
    expect(pieces(caption).slice(-2)).toEqual([
      "Michael Jackson's mother said promoters ignored signs of stress in the singer",
      "Michael Jackson's mother can go ahead with a lawsuit, a judge has ruled.",
    ]);
    // (Not the name alone after a verb: "said Michael Jackson's doctor was …" is the words said.)
    expect(pieces("Michael Jackson's mother said that Michael Jackson's doctor was to blame.")).toHaveLength(
      1,
    );
  });
});

describe('gluedStarts after words said', () => {
  it('keeps a name said again after an adjective in one sentence', () => {
    expect(pieces('Tony Blair said it looked likely Tony Blair would stand down.')).toHaveLength(1);
  });
});
