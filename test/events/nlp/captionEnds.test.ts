import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { captionEnds } from '../../../src/events/nlp/captionEnds.ts';

describe('captionEnds', () => {
  const pieces = (text: string, lowerWords: string[] = [], midText = false) => {
    const starts = captionEnds(annotate(text).tokens, new Set(lowerWords), midText);
    return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
  };
  it("ends a caption at a role's plural before a capitalised word that is no name, not before a name", () => {
    expect(
      pieces(
        'Syrian sympathisers in Turkey have held rallies in support of the protesters More Gulf Arab nations have withdrawn their ambassadors.',
      ),
    ).toEqual([
      'Syrian sympathisers in Turkey have held rallies in support of the protesters',
      'More Gulf Arab nations have withdrawn their ambassadors.',
    ]);
    const relative = 'Police fired on the protesters Syrian troops shot at the crowd.';
    expect(pieces(relative)).toEqual([relative]);
  });
  it('finds where a lead starts after a headline glued to it', () => {
    expect(pieces("Annan demands ceasefire ' now ' Activists said 20 people were killed.")[1]).toMatch(
      /^Activists said/,
    );
    expect(
      pieces(
        'Impasse at UN debate on Syria violence US Secretary of State Hillary Clinton says talks failed.',
      )[1],
    ).toMatch(/^US Secretary of State/);
  });
  it('finds a caption glued before the sentence, with a subject of several words', () => {
    expect(
      pieces(
        'The government has promised to withdraw troops from the streets Security forces in Syria have killed 19 protesters.',
      ),
    ).toEqual([
      'The government has promised to withdraw troops from the streets',
      'Security forces in Syria have killed 19 protesters.',
    ]);
    expect(
      pieces('Thousands of survivors are fending for themselves Scores of US troops have landed in Haiti.'),
    ).toEqual([
      'Thousands of survivors are fending for themselves',
      'Scores of US troops have landed in Haiti.',
    ]);
  });
  it('splits after a name only before a common plural (written in lower case or known so), not a surname', () => {
    const text =
      "Activists helped the BBC's Jeremy Bowen access the town of Douma Activists in Syria say troops have launched an offensive.";
    const split = [
      "Activists helped the BBC's Jeremy Bowen access the town of Douma",
      'Activists in Syria say troops have launched an offensive.',
    ];
    expect(pieces(text, ['activists'])).toEqual(split);
    expect(pieces(text)).toEqual(split);
    expect(
      pieces(
        'Help has been slow to reach survivors in Haiti Criminals are using online scams to steal donations.',
      ),
    ).toEqual([
      'Help has been slow to reach survivors in Haiti',
      'Criminals are using online scams to steal donations.',
    ]);
    // A word the lexicon does not know may be a surname ("the guitarist of Genesis Williams"), and stays.
    const name = 'The band played in the town of Douma Williams says he saw troops arrive.';
    expect(pieces(name)).toEqual([name]);
  });
  it('leaves names, roles, times and the object of "told" in the sentence', () => {
    for (const text of [
      'While cement contractor Halliburton said the report was flawed, BP waited.',
      'Last week President Obama said the spill was a disaster.',
      'The minister told reporters President Assad had agreed to the plan.',
      'A report by the group Human Rights Watch said troops had fired on crowds.',
      'Diplomats at the Arab League said the monitors would stay.',
      'Diplomats said the UN Security Council would meet.',
      'At the summit Mr Maliki warned of war.',
      'In a statement issued by the ministry Syria said it would comply.',
      "BP's new boss Bob Dudley has told staff that safety comes first.",
      'An explosion in the center of the Syrian capital Damascus has killed 10 people.',
    ])
      expect(pieces(text, ['league', 'security', 'rights', 'watch'])).toEqual([text]);
  });
  it('starts a sentence after a date at a capitalised common word', () => {
    expect(
      pieces(
        'Syrian troops were supposed to withdraw from towns by 10 April Violence has flared in many places.',
        ['violence'],
        true,
      ),
    ).toEqual([
      'Syrian troops were supposed to withdraw from towns by 10 April',
      'Violence has flared in many places.',
    ]);
    expect(
      pieces(
        "Michael Jackson died while rehearsing for his tour in 2009 Three of Michael Jackson's brothers have defended the concert.",
        [],
        true,
      ),
    ).toEqual([
      'Michael Jackson died while rehearsing for his tour in 2009',
      "Three of Michael Jackson's brothers have defended the concert.",
    ]);
    // A name after a year stays: "even though in 2007 Israel carried out an air strike".
    const name =
      'Israelis might see it so, even though in 2007 Israel carried out an air strike near Deir ez-Zor.';
    expect(pieces(name, [], true)).toEqual([name]);
  });
  it('past the opening, ends a caption before a clause with a subject, a finite verb and an object', () => {
    expect(
      pieces(
        'The protests have continued despite the government crackdown French Foreign Minister Alain Juppe said the latest deaths had made it clear.',
        [],
        true,
      ),
    ).toEqual([
      'The protests have continued despite the government crackdown',
      'French Foreign Minister Alain Juppe said the latest deaths had made it clear.',
    ]);
  });
  it('past the opening, leaves appositions, clauses on a noun and relative clauses without "that"', () => {
    for (const text of [
      "Since the problems with Exxon Valdez, BP's rivals Exxon and Shell have largely avoided major accidents.",
      'BP chief operating office Doug Suttles said the spill would be reduced.',
      "BP's US chief and four other oil bosses gave evidence amid accusations BP took shortcuts.",
      'Her trip comes on the same day Congress began hearings on the blast.',
      'He spoke of the damage Bush and Cheney have done.',
      'Last week, Randy Jackson appeared on CNN program Newsroom and said that Dr Murray should be charged.',
      'And it was restricted to a clash, with the mainstream Future faction of Saad al-Hariri using the occasion.',
      'Ferguson notes the only US death from swine flu was a Mexican toddler.',
      'Family members of two missing workers filed separate lawsuits Thursday accusing Transocean of negligence.',
      'Blood from influenza H1N1-infected pigs may potentially contain virus.',
      'In 2005, when an explosion at BP s Texas City refinery killed 15 workers, BP scoffed.',
    ])
      expect(pieces(text, [], true)).toEqual([text]);
  });
  it('past the opening, starts a sentence at a common noun or a number capitalised after a noun', () => {
    expect(
      pieces(
        'The school has been temporarily closed as a precaution Two new cases of swine flu have been confirmed in Jersey.',
        [],
        true,
      ),
    ).toEqual([
      'The school has been temporarily closed as a precaution',
      'Two new cases of swine flu have been confirmed in Jersey.',
    ]);
    expect(
      pieces(
        'Homs has suffered devastation after weeks of intense fighting Rebel fighters have retreated.',
        [],
        true,
      ),
    ).toEqual([
      'Homs has suffered devastation after weeks of intense fighting',
      'Rebel fighters have retreated.',
    ]);
    expect(
      pieces(
        'The protests started in Deraa on 18 March Political parties and protests were banned.',
        [],
        true,
      ),
    ).toEqual(['The protests started in Deraa on 18 March', 'Political parties and protests were banned.']);
    const growing = 'Protests against President Assad have been growing Middle Eastern papers say.';
    expect(pieces(growing, [], true)).toEqual([growing]);
  });
});
