import { describe, expect, it } from 'vitest';
import { possessiveInside } from '../../../src/events/entities/possessiveInside.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const plural = (t: { text: string }) => /s$/.test(t.text);

/** The word `possessiveInside` finds in the one sentence of `text` for `title`, if any. */
function found(text: string, title: string): string | undefined {
  const s = segmentSentences(text)[0]!;
  const k = possessiveInside(title, s, plural);
  return k === undefined ? undefined : `${s.tokens[k - 1]!.text} ${s.tokens[k]!.text}`;
}

describe('possessiveInside', () => {
  it('finds a possessive that nothing before it in the title stands for, after the title’s word before it', () => {
    expect(
      found(
        "President Assad's speech was his third address since protests against his rule began in March.",
        'Protests against his rule began',
      ),
    ).toBe('against his');
    expect(
      found(
        'But unlike the other countries, Lebanon risks being plunged into strife by the strains inflicted on its own situation.',
        'The strains inflicted on its own situation',
      ),
    ).toBe('on its');
  });

  it('leaves one a name, a pronoun or a noun of its kind in the title stands for', () => {
    expect(
      found('Mr Assad said his forces would stay.', 'Mr Assad said his forces would stay'),
    ).toBeUndefined();
    expect(
      found("BP's shares fell after its well blew up.", "BP's shares fell after its well blew up"),
    ).toBeUndefined();
    expect(
      found('The company said its costs had grown.', 'The company said its costs had grown'),
    ).toBeUndefined();
    expect(
      found(
        'One of those ships should be up to its capacity soon.',
        'One of those ships should be up to its capacity',
      ),
    ).toBeUndefined();
    expect(
      found('Activists streamed their rally live on the internet.', 'Activists streamed their rally live'),
    ).toBeUndefined();
  });

  it("leaves a 'her' the tagger and the title's word after it read differently, and a title with the word twice", () => {
    expect(
      found('Television pictures showed her smiling and singing.', 'Television pictures showed her smiling'),
    ).toBeUndefined();
    expect(
      found(
        'Protests against his rule grew after his speech.',
        'Protests against his rule grew after his speech',
      ),
    ).toBeUndefined();
  });

  it("finds an object 'him' or 'them' nothing before it in the title stands for", () => {
    expect(
      found("For two decades people called him by his boat's name.", "People called him by his boat's name"),
    ).toBe('called him');
    expect(
      found(
        'Medics took the Mexicans to the airport to fly them home.',
        'Medics took the Mexicans to fly them home',
      ),
    ).toBeUndefined();
    expect(found('Mr Jennings called him a liar.', 'Mr Jennings called him a liar')).toBeUndefined();
  });

  it("finds a 'he' or 'she' a title holds as a clause's subject, not after a plural a capital opens", () => {
    expect(found('Rescuers said she had survived by drinking water.', 'Rescuers said she had survived')).toBe(
      'said she',
    );
    expect(found('Ms Etienne said she had survived.', 'Ms Etienne said she had survived')).toBeUndefined();
  });

  it("finds 'her' as an object only when the title's word after it tells so too", () => {
    expect(found('Reporters asked her to leave the plane.', 'Reporters asked her to leave the plane')).toBe(
      'asked her',
    );
    expect(found('Officials said her son died.', 'Officials said her son died')).toBe('said her');
  });

  it("finds a 'he', 'his' or 'her' past a word of a group, a body or a place, but no 'its' past any name", () => {
    const s = segmentSentences('Police have interviewed his doctor.')[0]!;
    const group = (t: { text: string }) => t.text === 'Police';
    expect(possessiveInside('Police have interviewed his doctor', s, plural, group)).toBe(3);
    expect(possessiveInside('Police have interviewed his doctor', s, () => false)).toBeUndefined();
    const its = segmentSentences('Mr Suttles admitted its operation had failed.')[0]!;
    const person = (t: { text: string }) => t.text === 'Suttles';
    expect(
      possessiveInside('Mr Suttles admitted its operation had failed', its, plural, person),
    ).toBeUndefined();
  });
});
