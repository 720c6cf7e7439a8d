import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { thatPastPhrase } from '../../../src/events/titles/thatPastPhrase.ts';
import { cut } from './cutTitle.ts';

describe('thatPastPhrase', () => {
  it('titles a verb of saying or showing by what it says, past the phrases before its "that"', () => {
    expect(
      cut(
        'Vets and scientists have apparently demonstrated in an experiment at a UK research center that the H1N1 virus responsible for the global pandemic in people readily transfers to the animals.',
        'demonstrated',
      ),
    ).toBe(
      'Vets and scientists have apparently demonstrated the H1N1 virus responsible for the global pandemic in people readily transfers to the animals',
    );
    expect(
      cut(
        'Dr Murray reveals in a recorded interview with police that, on the night of 25 June, he injected Jackson with several sedatives.',
        'reveals',
        ['25 June'],
      ),
    ).toBe('Dr Murray reveals he injected Jackson with several sedatives');
    // (Not after a verb of another kind, whose "that" may open a relative clause.)
    const { tokens } = annotate('Troops built a wall around the town that was shelled.');
    expect(thatPastPhrase(tokens, 1, 1, tokens.length, () => false)).toBe(-1);
    expect(
      thatPastPhrase(
        annotate('Officials said in a statement that troops left.').tokens,
        1,
        1,
        9,
        () => false,
      ),
    ).toBe(5);
  });
});

describe('addresseeEnd', () => {
  it('titles a verb of telling past the one told, by what it tells', () => {
    expect(
      cut(
        'The mayor on Saturday offered to prove to Dudley that there is still plenty of oil off the coast.',
        'offered',
        ['on Saturday'],
      ),
    ).toBe('The mayor offered to prove to Dudley there is still plenty of oil off the coast');
    expect(
      cut('The president met the executives to inform them that they must pay the workers.', 'met'),
    ).toBe('The president met the executives to inform them they must pay the workers');
    expect(cut('The admiral told Associated Press news agency that there was no leak.', 'told')).toBe(
      'The admiral told Associated Press news agency there was no leak',
    );
  });

  it('titles a verb of testifying by what it says past where it was said', () => {
    expect(
      cut('The secretary testified Wednesday in Washington that he might order a moratorium.', 'testified', [
        'Wednesday',
      ]),
    ).toBe('The secretary testified he might order a moratorium');
  });
});

describe('deletionTitle: a "that" clause after a noun', () => {
  it('keeps what the noun says', () => {
    expect(
      cut('BP dismissed the possibility that a catastrophic accident could happen at its rig.', 'dismissed'),
    ).toBe('BP dismissed the possibility a catastrophic accident could happen at its rig');
  });
});
