import { describe, expect, it } from 'vitest';
import { candidates } from '../../../src/events/entities/candidates.ts';
import { findPeople } from '../../../src/events/entities/people.ts';
import { findPlaces } from '../../../src/events/entities/places/findPlaces.ts';
import type { Token } from '../../../src/events/nlp/annotate.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The kind of the candidate whose words are `words`, in the first sentence of `text`. */
function kindOf(text: string, words: string): string | undefined {
  const sentences = segmentSentences(text);
  const placed = new Set(findPlaces(text).map((p) => p.end));
  const isPlace = (t: Token) => placed.has(t.end);
  const list = candidates(sentences[0]!, findPeople(sentences, isPlace), isPlace);
  return list.find((c) => text.slice(c.start, c.end) === words)?.kind;
}

describe('candidates', () => {
  it('takes no time a noun names ("this month", "the past 13 months") for a pronoun', () => {
    const text = "BP this month turned down Alabama's claim because it said there was litigation.";
    expect(kindOf(text, 'this month')).toBeUndefined();
    expect(kindOf('The ban was lifted over the past 13 months.', 'the past 13 months')).toBeUndefined();
    expect(kindOf('The ban was lifted over the past 13 months.', 'The ban')).toBe('thing');
  });

  it("tells a person's sex by the given name past a rank or title before it", () => {
    expect(kindOf('Major Margaret Witt was dismissed from the Air Force.', 'Major Margaret Witt')).toBe(
      'female',
    );
    expect(kindOf('Derek Jackson wrote to the BBC.', 'Derek Jackson')).toBe('male');
    // (A rank's word ends a name as a surname: "John Major" is a man.)
    expect(kindOf('John Major visited the site.', 'John Major')).toBe('male');
  });

  it('takes no sex from a country or region, but keeps a city name a given name is too', () => {
    expect(kindOf('Israel Katz visited the site.', 'Israel Katz')).toBe('person');
    expect(kindOf('Virginia Tech said it would review the policy.', 'Virginia Tech')).toBe('person');
    expect(kindOf('Vladimir Putin visited the site.', 'Vladimir Putin')).toBe('male');
  });
});
