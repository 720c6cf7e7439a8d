import { describe, expect, it } from 'vitest';
import { describedPerson } from '../../../src/events/entities/describedPerson.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The fuller description or name found for `title`, the last sentence of `text`. */
function described(text: string, title: string, trigger: string): string | undefined {
  const sentences = segmentSentences(text);
  return describedPerson(sentences, sentences.length - 1, text.lastIndexOf(trigger), title)?.name.text;
}

describe('describedPerson', () => {
  it('takes the one fuller description of the noun, when an age or a name in it tells who', () => {
    const text =
      'A 23-month-old child has become the first victim of the outbreak outside Mexico. Officials met in Geneva. The child died on Monday night, according to AP.';
    expect(described(text, 'The child died, according to AP', 'died')).toBe('23-month-old child');
    const vague = 'A young child was taken to hospital. The child died on Monday night.';
    expect(described(vague, 'The child died', 'died')).toBeUndefined();
  });

  it('takes none when two descriptions differ, or for a noun no person is', () => {
    const two =
      'An 84-year-old woman was pulled from the rubble. A 21-year-old woman was found later. The woman was taken to hospital.';
    expect(described(two, 'The woman was taken to hospital', 'taken')).toBeUndefined();
    const thing = 'A 7.0-magnitude quake struck on Tuesday. The quake flattened the city.';
    expect(described(thing, 'The quake flattened the city', 'flattened')).toBeUndefined();
  });

  it('takes the one name the noun introduced, a shortened title counting as the noun', () => {
    const text = 'Autopsy images of pop star Michael Jackson can be shown. The star died in June 2009.';
    expect(described(text, 'The star died', 'died')).toBe('Michael Jackson');
    const two =
      'Dr Conrad Murray was charged. The coroner, Dr Christopher Rogers, testified. The doctor told police he was away.';
    expect(described(two, 'The doctor told police he was away', 'told')).toBeUndefined();
  });

  it('takes no noun that is part of another phrase', () => {
    const text = 'A top U.S. official spoke on Monday. The official start of the season is June 1.';
    expect(described(text, 'The official start of the season', 'start')).toBeUndefined();
  });

  it('looks back 80 sentences before its own, no further', () => {
    const named = 'Autopsy images of pop star Michael Jackson can be shown.';
    const between = (n: number) =>
      Array.from({ length: n }, (_, k) => `Officials met ${k + 1} times.`).join(' ');
    const at = (n: number) => `${named} ${between(n)} The star died in June 2009.`;
    expect(described(at(79), 'The star died', 'died')).toBe('Michael Jackson');
    expect(described(at(80), 'The star died', 'died')).toBeUndefined();
  });

  it('reads an office in lower case as a person, the name it introduced taken ("mayor Michael Bloomberg")', () => {
    const text =
      'New York City mayor Michael Bloomberg today said more than 100 people had been sickened. At a city hall press conference, the mayor threw a positive spin on the news.';
    expect(described(text, 'The mayor threw a positive spin on the news', 'threw')).toBe('Michael Bloomberg');
  });
});
