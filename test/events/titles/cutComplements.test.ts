import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { assemble } from '../../../src/events/titles/assemble.ts';

/** The sentence's words assembled at a word limit, as a cut title is. */
const atLimit = (text: string, maxWords: number) => {
  const { tokens } = annotate(text);
  const words = tokens.map((_, i) => i).filter((i) => tokens[i]!.pos !== 'PUNCT');
  return assemble(tokens, words, maxWords).text;
};

describe('dropCutComplement', () => {
  it('cuts back a gerund after "and" or a preposition whose object the limit cut', () => {
    expect(
      atLimit(
        "Authorities were providing health care to the woman's family and checking whether any of the passengers on the flights might be infected.",
        14,
      ),
    ).toBe("Authorities were providing health care to the woman's family");
    expect(
      atLimit(
        'The commission hopes to improve the safety of offshore drilling by understanding what went wrong with the well.',
        13,
      ),
    ).toBe('The commission hopes to improve the safety of offshore drilling');
    // (Not an infinitive a progressive governs.)
    expect(atLimit('They said they were trying to stop the flow of arms into the country.', 8)).toBe(
      'They said they were trying to stop the flow of arms',
    );
  });

  it('cuts back a participle after a noun whose infinitive the limit cut, with it', () => {
    expect(
      atLimit(
        'The mayor spoke at a news conference with the governor voting to approve the new wind turbine project near the island.',
        12,
      ),
    ).toBe('The mayor spoke at a news conference with the governor');
  });

  it('cuts back a joined saying whose words lost their verb, not a finite verb with its object', () => {
    expect(
      atLimit(
        'The weather service issued a flood warning for the coast and said waves of six to seven feet were pushing tides several feet above normal.',
        19,
      ),
    ).toBe('The weather service issued a flood warning for the coast');
    // "may" is a verb here, not the month: the same cut.
    expect(
      atLimit(
        'The weather service issued a flood warning for the coast and said waves of six to seven feet may push tides several feet above normal.',
        19,
      ),
    ).toBe('The weather service issued a flood warning for the coast');
  });
});
