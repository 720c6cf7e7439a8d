import { describe, expect, it } from 'vitest';
import { endWithComplement } from '../../../src/events/titles/complementEnds.ts';
import { firstWords } from './firstWords.ts';

/** The sentence cut after `word` (its first occurrence), then its end fixed. */
const ended = (text: string, word: string, trigger = 1) => {
  const a = firstWords(text, text.split(' ').indexOf(word) + 1);
  endWithComplement(a.tokens, a.out, trigger);
  return a.words();
};

describe('endWithComplement', () => {
  it('gives a noun of intent its short infinitive or clause back', () => {
    expect(
      ended(
        'Scientists told the committee the refusal was blocking independent efforts to estimate the size of the spill.',
        'efforts',
      ),
    ).toBe(
      'Scientists told the committee the refusal was blocking independent efforts to estimate the size of the spill',
    );
    expect(
      ended(
        'The senator apologised to the chief executive for the way his company has been treated by the government.',
        'way',
      ),
    ).toBe(
      'The senator apologised to the chief executive for the way his company has been treated by the government',
    );
  });

  it('gives a verb of motion its destination back, a date left out', () => {
    expect(
      ended(
        'Obama will meet the officials while the Interior Secretary travels to the command centre in Houston on Friday.',
        'travels',
      ),
    ).toBe(
      'Obama will meet the officials while the Interior Secretary travels to the command centre in Houston',
    );
  });

  it('gives back a complement of two words', () => {
    expect(
      ended('Obama will meet the officials while the Interior Secretary travels to Houston.', 'travels'),
    ).toBe('Obama will meet the officials while the Interior Secretary travels to Houston');
    expect(ended('Officials said the refusal was blocking independent efforts to help.', 'efforts')).toBe(
      'Officials said the refusal was blocking independent efforts to help',
    );
  });

  it('cuts the phrase of a noun whose complement is too long, with its preposition', () => {
    expect(
      ended(
        'Officials said the order had become a paperwork exercise rather than a real attempt to curb the use of dispersants across the whole of the Gulf of Mexico and the coast.',
        'attempt',
      ),
    ).toBe('Officials said the order had become a paperwork exercise');
  });

  it('leaves a word whose complement is no infinitive or destination', () => {
    expect(ended('Crews turned to the plan after failing to stop the leak.', 'plan')).toBe(
      'Crews turned to the plan',
    );
    expect(ended('The army took over the town and left after a week.', 'left')).toBe(
      'The army took over the town and left',
    );
  });
});
