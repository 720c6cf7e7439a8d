import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/events/entities/places/findPlaces.ts';
import { placeOfThere } from '../../../src/events/entities/placeThere.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The place found for the "there" of `title`, cut from the last sentence of `text`. */
function place(text: string, title: string): string | undefined {
  const sentences = segmentSentences(text);
  const r = placeOfThere(title, sentences, sentences.length - 1, findPlaces(text));
  if (r) expect(text.slice(r.words.start, r.words.end)).toBe('there');
  if (r) expect(text.slice(r.name.start, r.name.end)).toBe(r.name.text);
  return r?.name.text;
}

describe('placeOfThere', () => {
  it('takes the one place the sentence before names', () => {
    expect(
      place(
        'More deadly clashes were reported across Syria on Tuesday. The international community remains divided on how to end violence there.',
        'The international community remains divided on how to end violence there',
      ),
    ).toBe('Syria');
    expect(
      place(
        'Chile has a long history of strong earthquakes. The largest recorded earthquake took place there in 1960.',
        'The largest recorded earthquake took place there',
      ),
    ).toBe('Chile');
  });

  it('takes the one place its own sentence names before it, left out of the title', () => {
    expect(
      place(
        'Egypt also continues to have cases of bird flu and 26 people have died there since 2006.',
        '26 people have died there',
      ),
    ).toBe('Egypt');
  });

  it('takes none for two places, a place the title names, or one after it', () => {
    expect(
      place(
        'Protests spread from Homs to Hama on Friday. Thousands have died there since March.',
        'Thousands have died there',
      ),
    ).toBeUndefined();
    expect(
      place(
        'Aid arrived on Friday. Thousands of people in Haiti slept in the open after a huge earthquake there.',
        'Thousands of people in Haiti slept in the open after a huge earthquake there',
      ),
    ).toBeUndefined();
    expect(
      place(
        'Aid arrived on Friday. Rebels report heavy shelling there and around the Sakhour quarter of Aleppo.',
        'Rebels report heavy shelling there',
      ),
    ).toBeUndefined();
  });

  it("takes no people's word, no place that owns a noun, and none past a name the gazetteer lacks", () => {
    expect(
      place(
        'The British convoy set off on Saturday. The drivers were waiting there overnight.',
        'The drivers were waiting there overnight',
      ),
    ).toBeUndefined();
    expect(
      place(
        "Syria's third-largest city has become a focus of unrest. More than 50 people were killed there on Wednesday.",
        'More than 50 people were killed there',
      ),
    ).toBeUndefined();
    expect(
      place(
        'Despite the opposition in Douma, Douma is a short drive from Damascus. Shelling hit the suburbs there on Friday.',
        'Shelling hit the suburbs there',
      ),
    ).toBeUndefined();
  });

  it("takes no existential 'there', nor one in a quotation", () => {
    expect(
      place(
        'Officials flew over Louisiana on Monday. A report suggested there was no major threat.',
        'A report suggested there was no major threat',
      ),
    ).toBeUndefined();
    expect(
      place(
        'The president canceled his visit to New Jersey. Gibbs said Obama "believed it was important to get down there as soon as he could".',
        'Gibbs said Obama believed it was important to get down there',
      ),
    ).toBeUndefined();
  });
});
