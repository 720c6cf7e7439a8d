import { describe, expect, it } from 'vitest';
import { describedName } from '../../../src/events/entities/descriptions.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The name found for `title`, opening the last sentence of `text`, its trigger at `trigger`. */
function nameFor(text: string, title: string, trigger: string): string | undefined {
  const sentences = segmentSentences(text);
  const r = describedName(sentences, sentences.length - 1, text.lastIndexOf(trigger), title);
  if (r) expect(text.slice(r.words.start, r.words.end).toLowerCase()).toBe(r.words.text.toLowerCase());
  return r?.name.text;
}

describe('describedName', () => {
  it('gives a description the nearest earlier name that holds its words', () => {
    const text =
      'The UN Security Council met on Monday. The UN Human Rights Council met in Geneva on Friday. The council condemned Syria over the Houla massacre.';
    expect(nameFor(text, 'The council condemned Syria over the Houla massacre', 'condemned')).toBe(
      'UN Human Rights Council',
    );
    expect(
      nameFor(
        'Foreign ministers of the Arab League met in Cairo. The league suspended Syria.',
        'The league suspended Syria',
        'suspended',
      ),
    ).toBe('Arab League');
  });

  it('finds none for a loose head, a plural, or no name holding every word', () => {
    expect(
      nameFor(
        'The Free Syrian Army attacked a checkpoint. The army shelled Homs.',
        'The army shelled Homs',
        'shelled',
      ),
    ).toBeUndefined();
    expect(
      nameFor(
        'The UN Security Council met. The security talks stalled.',
        'The security talks stalled',
        'stalled',
      ),
    ).toBeUndefined();
    expect(nameFor('Talks stalled on Monday. The council met.', 'The council met', 'met')).toBeUndefined();
    expect(nameFor('The Arab League met. Rebels attacked.', 'Rebels attacked', 'attacked')).toBeUndefined();
  });
});

describe('describedName of a noun with its own "of" phrase', () => {
  it('finds none: the phrase names what the noun is of', () => {
    const text =
      'The U.S. National Hurricane Center said the storm was weakening. The center of Bonnie was expected to pass over the spill site.';
    expect(
      nameFor(text, 'The center of Bonnie was expected to pass over the spill site', 'expected'),
    ).toBeUndefined();
    expect(
      nameFor(
        'The U.S. National Hurricane Center said the storm was weakening. The center issued a new warning.',
        'The center issued a new warning',
        'issued',
      ),
    ).toBe('U.S. National Hurricane Center');
  });
});
