import { describe, expect, it } from 'vitest';
import { endOnConstituent } from '../../../src/events/titles/constituentEnds.ts';
import { firstWords } from './firstWords.ts';

const never = () => false;

describe('endOnConstituent', () => {
  it("cuts back a purpose's infinitive whose clause the cut left out", () => {
    const a = firstWords(
      'Officials urged him to delay his return for five days to ensure that there was no risk.',
      12,
    );
    endOnConstituent(a.tokens, a.out, 1, never);
    expect(a.words()).toBe('Officials urged him to delay his return for five days');
    const b = firstWords('Tests are being run to see if it was the virus.', 6);
    endOnConstituent(b.tokens, b.out, 3, never);
    expect(b.words()).toBe('Tests are being run');
    // (And after a question's opener and subject go: "to see how the technique | was working".)
    const d = firstWords('Crews started a test burn to see how the technique was working.', 10);
    endOnConstituent(d.tokens, d.out, 1, never);
    expect(d.words()).toBe('Crews started a test burn');
    // (Not one a verb of control governs: "urged the minister to ensure".)
    const c = firstWords('Officials urged the minister to ensure that there was no risk.', 6);
    endOnConstituent(c.tokens, c.out, 1, () => true);
    expect(c.words()).toBe('Officials urged the minister to ensure');
  });

  it("cuts back a clause's opener and its subject whose verb the cut left out", () => {
    const a = firstWords(
      'A Presbyterian Mutual Society saver explained why he, and others, would be holding a protest.',
      8,
    );
    endOnConstituent(a.tokens, a.out, 5, never);
    expect(a.words()).toBe('A Presbyterian Mutual Society saver explained');
    const b = firstWords(
      'The spill is creating dead zones where birds and other wildlife can not survive.',
      8,
    );
    endOnConstituent(b.tokens, b.out, 3, never);
    expect(b.words()).toBe('The spill is creating dead zones');
    // (Not a "that" before its noun: "rejected that claim | and said".)
    const c = firstWords('The minister rejected that claim and said the talks would go on.', 5);
    endOnConstituent(c.tokens, c.out, 2, never);
    expect(c.words()).toBe('The minister rejected that claim');
  });

  it('cuts back a phrase whose noun only names its cut infinitive', () => {
    const a = firstWords('The company began a pipe cut in its latest bid to contain the oil.', 10);
    endOnConstituent(a.tokens, a.out, 2, never);
    expect(a.words()).toBe('The company began a pipe cut');
    const b = firstWords('The ministry described the move as a way to relieve pressure on the cities.', 8);
    endOnConstituent(b.tokens, b.out, 2, never);
    expect(b.words()).toBe('The ministry described the move');
  });

  it('finishes a modifier with its noun a word or two on', () => {
    const a = firstWords('BP plans to redirect the leaking oil in a new effort.', 6);
    endOnConstituent(a.tokens, a.out, 1, never);
    expect(a.words()).toBe('BP plans to redirect the leaking oil');
    const b = firstWords('It will pay the cost of building six sand barriers to protect the marshes.', 9);
    endOnConstituent(b.tokens, b.out, 2, never);
    expect(b.words()).toBe('It will pay the cost of building six sand barriers');
    const d = firstWords('BP tried to lower a 125-tonne containment dome over the leak.', 6);
    endOnConstituent(d.tokens, d.out, 1, never);
    expect(d.words()).toBe('BP tried to lower a 125-tonne containment dome');
    // (Not with a date the title left out.)
    const c = firstWords('Markey told the hearing yesterday that the leak was worse.', 4);
    endOnConstituent(c.tokens, c.out, 1, never);
    expect(c.words()).toBe('Markey told the hearing');
  });

  it('finishes a verb with its short object, not with a date nor a clause', () => {
    const a = firstWords(
      'A faulty cement job contributed to the blow-out that caused the explosion on the rig.',
      10,
    );
    endOnConstituent(a.tokens, a.out, 4, never);
    expect(a.words()).toBe('A faulty cement job contributed to the blow-out that caused the explosion');
    const d = firstWords('Pumps force cement into the well to stop the leaking oil.', 8);
    endOnConstituent(d.tokens, d.out, 1, never);
    expect(d.words()).toBe('Pumps force cement into the well to stop the leaking oil');
    const b = firstWords('Masri was buried the following day in his village.', 3);
    endOnConstituent(b.tokens, b.out, 2, never);
    expect(b.words()).toBe('Masri was buried');
    const c = firstWords('Experts said the new virus might be no more severe.', 2);
    endOnConstituent(c.tokens, c.out, 1, never);
    expect(c.words()).toBe('Experts said');
  });
});
