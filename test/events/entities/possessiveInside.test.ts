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

  it("leaves 'her' as an object, and a title with the word twice", () => {
    expect(
      found('Reporters asked her about the plan.', 'Reporters asked her about the plan'),
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
});
