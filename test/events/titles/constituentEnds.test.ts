import { describe, expect, it } from 'vitest';
import { endOnConstituent } from '../../../src/events/titles/constituentEnds.ts';
import { firstWords } from './firstWords.ts';

const never = () => false;

/** The sentence's first `n` words as a title, its end fixed by `endOnConstituent` (trigger at `trigger`). */
const ended = (text: string, n: number, trigger: number, controls: () => boolean) => {
  const a = firstWords(text, n);
  endOnConstituent(a.tokens, a.out, trigger, controls);
  return a.words();
};

describe('endOnConstituent', () => {
  it("cuts back a purpose's infinitive whose clause the cut left out", () => {
    expect(
      ended(
        'Officials urged him to delay his return for five days to ensure that there was no risk.',
        12,
        1,
        never,
      ),
    ).toBe('Officials urged him to delay his return for five days');
    expect(ended('Tests are being run to see if it was the virus.', 6, 3, never)).toBe('Tests are being run');
    // (And after a question's opener and subject go: "to see how the technique | was working".)
    expect(ended('Crews started a test burn to see how the technique was working.', 10, 1, never)).toBe(
      'Crews started a test burn',
    );
    // (Not one a verb of control governs: "urged the minister to ensure".)
    expect(ended('Officials urged the minister to ensure that there was no risk.', 6, 1, () => true)).toBe(
      'Officials urged the minister to ensure',
    );
  });

  it("cuts back a clause's opener and its subject whose verb the cut left out", () => {
    expect(
      ended(
        'A Presbyterian Mutual Society saver explained why he, and others, would be holding a protest.',
        8,
        5,
        never,
      ),
    ).toBe('A Presbyterian Mutual Society saver explained');
    expect(
      ended('The spill is creating dead zones where birds and other wildlife can not survive.', 8, 3, never),
    ).toBe('The spill is creating dead zones');
    // (Not a "that" before its noun: "rejected that claim | and said".)
    expect(ended('The minister rejected that claim and said the talks would go on.', 5, 2, never)).toBe(
      'The minister rejected that claim',
    );
  });

  it('cuts back a phrase whose noun only names its cut infinitive', () => {
    expect(ended('The company began a pipe cut in its latest bid to contain the oil.', 10, 2, never)).toBe(
      'The company began a pipe cut',
    );
    expect(
      ended('The ministry described the move as a way to relieve pressure on the cities.', 8, 2, never),
    ).toBe('The ministry described the move');
  });

  it('finishes a modifier with its noun a word or two on', () => {
    expect(ended('BP plans to redirect the leaking oil in a new effort.', 6, 1, never)).toBe(
      'BP plans to redirect the leaking oil',
    );
    expect(
      ended('It will pay the cost of building six sand barriers to protect the marshes.', 9, 2, never),
    ).toBe('It will pay the cost of building six sand barriers');
    expect(ended('BP tried to lower a 125-tonne containment dome over the leak.', 6, 1, never)).toBe(
      'BP tried to lower a 125-tonne containment dome',
    );
    // (Up to the head past more nouns, and before a date the title leaves out.)
    expect(ended('BP tried to lower a 125-tonne steel containment dome over the leak.', 6, 1, never)).toBe(
      'BP tried to lower a 125-tonne steel containment dome',
    );
    expect(
      ended('Students returned after shutting public places last week to avoid the disease.', 5, 1, never),
    ).toBe('Students returned after shutting public places');
    // (After a hyphened modifier the tagger took for a preposition.)
    expect(ended('BP plans to place a cap-like containment valve over the preventer.', 7, 1, never)).toBe(
      'BP plans to place a cap-like containment valve',
    );
    // (A number or adjective right after a verb opens its noun's phrase.)
    expect(ended('The rig had 126 workers on board.', 4, 1, never)).toBe('The rig had 126 workers');
    // (Not with a date the title left out.)
    expect(ended('Markey told the hearing yesterday that the leak was worse.', 4, 1, never)).toBe(
      'Markey told the hearing',
    );
  });

  it('finishes a verb with its short object, not with a date nor a clause', () => {
    expect(
      ended(
        'A faulty cement job contributed to the blow-out that caused the explosion on the rig.',
        10,
        4,
        never,
      ),
    ).toBe('A faulty cement job contributed to the blow-out that caused the explosion');
    expect(ended('Pumps force cement into the well to stop the leaking oil.', 8, 1, never)).toBe(
      'Pumps force cement into the well to stop the leaking oil',
    );
    expect(ended('Masri was buried the following day in his village.', 3, 2, never)).toBe('Masri was buried');
    // (A participle right after its noun keeps its agent, before the main verb or a date.)
    expect(
      ended('A report issued by the presidential commission said BP had cut corners.', 3, 2, never),
    ).toBe('A report issued by the presidential commission');
    expect(ended('An internal report issued Wednesday acknowledged mistakes.', 4, 3, never)).toBe(
      'An internal report issued',
    );
    expect(ended('Experts said the new virus might be no more severe.', 2, 1, never)).toBe('Experts said');
  });
});
