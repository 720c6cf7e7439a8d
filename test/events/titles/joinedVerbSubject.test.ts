import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('joinedVerbSubject', () => {
  it("gives a verb joined by 'and' the first verb's subject", () => {
    expect(cut('McBride was part of the crew and later served as a pilot.', 'served')).toMatch(/^McBride/);
  });

  it("gives a verb joined after a comma the subject of the clause's first verb, past a that-clause in its object", () => {
    expect(
      cut(
        'Witty welcomed a recommendation last week that oral vaccines be included in all programs, but said they would not add much.',
        'said',
        ['last week'],
      ),
    ).toMatch(/^Witty said/);
  });

  it('gives a joined verb that tells how much was told the sayer, not the subject of the words said', () => {
    expect(
      cut(
        'Canadian officials said a woman who died there also had other health problems, but gave no further details.',
        'gave',
      ),
    ).toBe('Canadian officials gave no further details');
    expect(
      cut('Police said the gunman shot three people, but declined to comment on a motive.', 'declined'),
    ).toMatch(/^Police declined/);
    expect(cut('Officials said troops attacked the town, and killed 20 people.', 'killed')).toMatch(
      /^Troops killed/,
    );
  });

  it('gives a verb joined after a relative clause set off after the object the main subject, when it agrees', () => {
    expect(
      cut(
        'The UN currently has about 15 observers in Syria monitoring a shaky ceasefire, which came into force on 12 April, and hopes to have the full team in place.',
        'hopes',
        ['on 12 April'],
      ),
    ).toMatch(/^The UN hopes/);
    expect(
      cut(
        'Both have tied their policies to the fate of the mission, which was given a month to observe the plan, and is expected to report back.',
        'expected',
      ),
    ).toMatch(/^The mission is expected/);
    expect(
      cut(
        'The opening episode fared less well than Extras, which averaged 3.67 million viewers, and peaked with five million.',
        'peaked',
      ),
    ).toMatch(/^Extras peaked/);
  });

  it("keeps a relative clause's joined verb with the relative's antecedent", () => {
    expect(
      cut(
        'Both have tied their policies to the fate of the mission, which was given a month to observe compliance, and is expected to report back this week.',
        'expected',
        ['this week'],
      ),
    ).not.toMatch(/^Both/);
  });

  it("shares the first verb's auxiliaries with a joined verb that has none, so a deadline is not told as done", () => {
    expect(
      cut(
        'Under the peace plan - negotiated by the UN envoy, Kofi Annan - Syrian troops were to have completed their withdrawal from towns and stopped the use of heavy weaponry by Tuesday.',
        'stopped',
        ['by Tuesday'],
      ),
    ).toBe('Syrian troops were to have stopped the use of heavy weaponry');
    expect(
      cut('The army will withdraw from Homs and release the prisoners on Friday.', 'release', ['on Friday']),
    ).toBe('The army will release the prisoners');
  });

  it("shares no passive's 'be', no negation, nothing across ', but', and a modal only with a bare verb", () => {
    expect(cut('Richard was born in 1868 and died in 1870.', 'died', ['in 1868', 'in 1870'])).toBe(
      'Richard died',
    );
    expect(
      cut(
        'Six Flags has not posted an annual profit since 1998, but drew more than $1 billion in revenue.',
        'drew',
        ['since 1998'],
      ),
    ).toBe('Six Flags drew more than $1 billion in revenue');
    expect(
      cut(
        'BP has said the spill would knock 1 percent off output and this week agreed to sell fields.',
        'agreed',
        ['this week'],
      ),
    ).not.toMatch(/would/);
    expect(cut('McBride was part of the crew and later served as a pilot.', 'served')).toBe(
      'McBride served as a pilot',
    );
  });
});
