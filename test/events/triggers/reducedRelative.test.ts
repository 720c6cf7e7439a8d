import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { eventClassOf } from '../../../src/events/triggers/findTriggers.ts';
import { reducedRelative } from '../../../src/events/triggers/reducedRelative.ts';

/** Whether `word` in `text` reads as a participle phrase describing the subject. */
const reduced = (text: string, word: string) => verbAfter(text, word) !== undefined;

/** The finite word after the phrase of `word` as a reduced relative, or undefined. */
const verbAfter = (text: string, word: string) => {
  const { tokens } = annotate(text);
  const i = tokens.findIndex((t) => t.text === word);
  const k = reducedRelative(tokens, i, eventClassOf(tokens, i));
  return k === undefined ? undefined : tokens[k]!.text;
};

describe('reducedRelative', () => {
  it("takes a participle phrase after the subject's noun, before the clause's finite verb", () => {
    expect(verbAfter('A clause buried deep in the Act may expose BP to huge fines.', 'buried')).toBe('may');
    expect(
      reduced('A girl in Oxfordshire diagnosed with the flu has made a full recovery.', 'diagnosed'),
    ).toBe(true);
    expect(
      reduced('The number of deaths linked to the virus confirmed in Mexico rose to 160.', 'linked'),
    ).toBe(true);
  });

  it("keeps the clause's own verb: with an object, a particle, no verb after, or the words said after it", () => {
    expect(reduced('Oil spilled into the Gulf for weeks.', 'spilled')).toBe(false);
    expect(reduced('Police sealed off the hotel after tests were confirmed.', 'sealed')).toBe(false);
    expect(reduced('Troops stormed the houses abandoned by residents.', 'stormed')).toBe(false);
    expect(
      reduced('The WHO reported on Sunday 4,379 people in 29 countries have been infected.', 'reported'),
    ).toBe(false);
    expect(reduced('The rig appeared likely to sink in the storm.', 'appeared')).toBe(false);
    // A word in a participle's form is no finite verb that ends the phrase.
    expect(
      reduced('The decisive moment arrived behind closed doors and after hours of talks.', 'arrived'),
    ).toBe(false);
    // A noun phrase right after a noun opens a relative clause of its own; a long run is another text.
    expect(
      reduced('The procession turned into one of the biggest demonstrations the capital has seen.', 'turned'),
    ).toBe(false);
    expect(
      reduced(
        'Thousands of people clashed with police after the election victory of President Mahmoud Ahmadinejad UK-based relatives pose with pictures.',
        'clashed',
      ),
    ).toBe(false);
  });
});
