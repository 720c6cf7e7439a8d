import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name resolved for `title`, cut from the last sentence of `text`. */
const owner = (text: string, title: string, trigger: string) =>
  referentOfLast(text, title, trigger)?.name.text;

describe('canOwn: who may own what an "its" names', () => {
  it('passes over an abstract common noun, the subject of the sentence before, to its possessor', () => {
    expect(
      owner(
        "BP's chief executive was criticised for stonewalling. The performance did little for BP's financial position. Its shares fell back today.",
        'Its shares fell back',
        'fell',
      ),
    ).toBe('BP');
  });

  it('gives a possessive inside a title no abstract subject of the sentence before, but a body', () => {
    expect(
      owner(
        'Some say this debate has brought the Church of Scotland closer to schism. Next week, its General Assembly votes on a new minister.',
        'Its General Assembly votes',
        'votes',
      ),
    ).toBeUndefined();
    // (A common noun that names a body, or any noun of the pronoun's own sentence, may own it.)
    expect(
      owner(
        'The league suggested President Bashar al-Assad should do the same in Syria. Its plan called for a dialogue.',
        'Its plan called for a dialogue',
        'called',
      ),
    ).toBe('The league');
    expect(
      owner(
        'The plume is more than 6 miles wide and its presence was reported Thursday.',
        'Its presence was reported',
        'reported',
      ),
    ).toBe('The plume');
  });
});
