import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { nameClauseStarts } from '../../../src/events/nlp/nameOpensClause.ts';

const pieces = (text: string) => {
  const starts = nameClauseStarts(annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('nameClauseStarts', () => {
  it('splits a clause that opens with a name and its title, or an acronym and a title, after a noun', () => {
    expect(
      pieces(
        'The UN will seek approval for an expanded force of about 250 observers Secretary General Ban Ki-moon will set out concrete proposals for this larger observer force Mr Juppe said the government was trying to evade the sanctions.',
      ),
    ).toEqual([
      'The UN will seek approval for an expanded force of about 250 observers',
      'Secretary General Ban Ki-moon will set out concrete proposals for this larger observer force',
      'Mr Juppe said the government was trying to evade the sanctions.',
    ]);
    expect(
      pieces(
        'The army has sent large numbers of government troops UN Secretary General Ban Ki-moon has condemned the attacks.',
      ),
    ).toEqual([
      'The army has sent large numbers of government troops',
      'UN Secretary General Ban Ki-moon has condemned the attacks.',
    ]);
  });

  it('keeps a titled name after a role, a noun a clause follows, or a clause a conjunction opens', () => {
    for (const text of [
      'This is not the first time President Assad has offered an amnesty to his opponents.',
      'He was in debt, and since Jackson died before he could repay those debts Mr Flanagan believes the family will be lucky.',
      'He is the man President Obama named last week.',
    ])
      expect(pieces(text), text).toEqual([text]);
  });

  it("splits a caption from a lead that opens with a name's possessive", () => {
    expect(
      pieces(
        "A Syrian family crosses into Turkey at Cilvegozu Turkey's long border with its neighbour Syria is deceptively quiet.",
      ),
    ).toEqual([
      'A Syrian family crosses into Turkey at Cilvegozu',
      "Turkey's long border with its neighbour Syria is deceptively quiet.",
    ]);
    // A verb of showing whose object came first takes no second clause.
    expect(
      pieces(
        "Our correspondent says footage from Tuesday shows tanks on the edge of Baba Amr Syria's main opposition group has formed a military council.",
      ),
    ).toEqual([
      'Our correspondent says footage from Tuesday shows tanks on the edge of Baba Amr',
      "Syria's main opposition group has formed a military council.",
    ]);
    expect(
      pieces("Mourners gathered for a funeral procession Syria's army has deployed tanks in the city."),
    ).toEqual(['Mourners gathered for a funeral procession', "Syria's army has deployed tanks in the city."]);
  });

  it('keeps a clause a verb of saying or a conjunction opens, a relative clause and a name', () => {
    for (const text of [
      // A verb of saying takes the clause as its complement, across a date or its object.
      "Officials said on Tuesday Syria's army had shelled the town.",
      "Officials said Obama's plan was flawed.",
      "He told reporters in Damascus Syria's army had won the battle.",
      // A conjunction opens the clause whose verb comes after the possessive.
      "Troops withdrew after forces loyal to Bashar Assad's brother had shelled the town.",
      // A relative clause without "that" leaves its object out.
      "He lives near the border Turkey's army has closed.",
      // Names: a title, a person's name, a role before its holder.
      "Activists say forces loyal to President Assad's brother have shelled Homs.",
      "The rebels fought in New York City's streets are quiet.",
      "The crowd cheered his brother Rifaat's troops have left the city.",
      // No verb before: a caption of words alone is for other rules.
      "Life on the edge of Baba Amr Syria's main opposition group has formed a council.",
    ])
      expect(pieces(text)).toEqual([text]);
  });

  it("splits a clause that opens with a country's bare name right before its verb, or after a fact box's year", () => {
    expect(
      pieces(
        'The luckier survivors have been treated by UN and MSF medics Haiti is the poorest country in the western hemisphere.',
      ),
    ).toEqual([
      'The luckier survivors have been treated by UN and MSF medics',
      'Haiti is the poorest country in the western hemisphere.',
    ]);
    // A verb the tagger takes for a plural noun, before an article; after a phrasal verb's particle.
    expect(
      pieces(
        'The king was the first leader to say the president should step down Syria controls the headwaters of the river.',
      ),
    ).toEqual([
      'The king was the first leader to say the president should step down',
      'Syria controls the headwaters of the river.',
    ]);
    // After names a preposition governs.
    expect(
      pieces(
        'Army tanks stand at the entrance to the Baba Amr neighbourhood in Homs China says it is sending an envoy.',
      ),
    ).toEqual([
      'Army tanks stand at the entrance to the Baba Amr neighbourhood in Homs',
      'China says it is sending an envoy.',
    ]);
    // A fact box's line without a verb, before its year.
    expect(
      pieces(
        'Trade worth $0.6 bn (# 0.4 bn) in 2010 Syria is a vital transport route for goods taken to Jordan',
      ),
    ).toEqual([
      'Trade worth $0.6 bn (# 0.4 bn) in 2010',
      'Syria is a vital transport route for goods taken to Jordan',
    ]);
  });

  it("keeps a country's name a preposition governs, a relative clause, and a clause a conjunction opens", () => {
    for (const text of [
      'European countries proposing a new resolution over Syria have dropped demands for sanctions.',
      'Understanding if there is water on Mars is not critical to our life on this planet.',
      'He lives near the border Syria shares with Turkey.',
      'In 2010 Syria was a vital transport route.',
      'Israelis might favour the regime, even though in 2007 Israel carried out an air strike on a plant.',
      'They will protect the decision by force in case Russia wants her property back.',
      'I have a feeling since you took care of the landing Haiti was getting US troops first.',
      'He said Syria controls the border.',
      'Completely irrelevant, but does Lamar McKay of BP America look just like him?',
      'But the ruling was welcomed by Gulf Coast residents whose livelihoods depend on oil.',
    ])
      expect(pieces(text), text).toEqual([text]);
  });
});
