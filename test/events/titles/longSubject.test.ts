import { describe, expect, it } from 'vitest';
import { endOnConstituent } from '../../../src/events/titles/constituentEnds.ts';
import { dropOpenSubordinate } from '../../../src/events/titles/openSubordinate.ts';
import { firstWords } from './firstWords.ts';

/** The sentence's first `n` words as a title, a subordinate clause left without its verb dropped. */
const dropped = (text: string, n: number, trigger: number) => {
  const a = firstWords(text, n);
  dropOpenSubordinate(a.tokens, a.out, trigger);
  return a.words();
};

describe('a long subject of a subordinate clause', () => {
  it('reads past a gerund, names joined by "and", another preposition and a relative clause to its verb', () => {
    expect(
      dropped(
        'The board froze the payments until the full costs for cleaning up the spill can be calculated.',
        12,
        2,
      ),
    ).toBe('The board froze the payments');
    expect(dropped('Ships left the port after a man from Leeds and York fell ill.', 9, 1)).toBe(
      'Ships left the port',
    );
    expect(
      dropped(
        'Norway halted new projects until the causes of the rig blast that led to the spill are known.',
        11,
        1,
      ),
    ).toBe('Norway halted new projects');
    expect(dropped('Prices rose until the dispute over the pipeline was settled.', 7, 1)).toBe('Prices rose');
  });

  it("keeps a happening's noun after a time word only when it heads the phrase", () => {
    expect(dropped('The spill began after the drilling rig explosion killed 11 workers.', 8, 2)).toBe(
      'The spill began after the drilling rig explosion',
    );
    // ("until" reads as no preposition of a happening: "until the inquiry into the blast | is complete".)
    expect(dropped('Drilling stopped until the inquiry into the blast is complete.', 8, 1)).toBe(
      'Drilling stopped',
    );
  });

  it("drops a reported question's opener and subject past the subject's relative clause", () => {
    const a = firstWords(
      'A hearing opened in Los Angeles to determine whether the doctor who treated the singer should stand trial.',
      11,
    );
    endOnConstituent(a.tokens, a.out, 2, () => false);
    expect(a.words()).toBe('A hearing opened in Los Angeles');
  });

  it("drops a passive's purpose infinitive after its particle when its clause is cut", () => {
    const a = firstWords(
      'The well was closed off while tests were being carried out to see whether it would hold.',
      13,
    );
    endOnConstituent(a.tokens, a.out, 3, () => false);
    expect(a.words()).toBe('The well was closed off while tests were being carried out');
  });
});
