import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { creditEnds } from '../../../src/events/nlp/creditEnds.ts';

describe('creditEnds: photo credits', () => {
  const starts = (text: string) => creditEnds(annotate(text).tokens).map((at) => text.slice(at, at + 12));
  it('ends a credit after its last agency, of one or two words', () => {
    expect(starts('Photograph: Alfredo Estrella\\/AFP\\/Getty Images The death toll rose.')).toEqual([
      'The death to',
    ]);
    expect(starts('Photograph: Sang Tan/AP Boris Johnson said today.')).toEqual(['Boris Johnso']);
    expect(starts('Photograph: Pete Souza\\/White House BP will pay.')).toEqual(['BP will pay.']);
    expect(starts('The photograph showed the damage.')).toEqual([]);
  });
});

describe('creditEnds', () => {
  const pieces = (text: string) => {
    const starts = creditEnds(annotate(text).tokens);
    return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
  };
  it('ends a photo or clip credit before the subject of the sentence glued to it', () => {
    expect(
      pieces("Clips courtesy Iambic Media LTD Michael Jackson's three children have joined the fans."),
    ).toEqual(['Clips courtesy Iambic Media LTD', "Michael Jackson's three children have joined the fans."]);
    expect(pieces('Court sketches courtesy Mona Edwards Mr Walgren said the doctor lied.')).toEqual([
      'Court sketches courtesy Mona Edwards',
      'Mr Walgren said the doctor lied.',
    ]);
  });
  it('leaves a credit that ends its sentence', () => {
    expect(pieces('The chart below, courtesy of Facebook, shows the mentions.')).toHaveLength(1);
    expect(pieces('Footage courtesy of MTV.')).toHaveLength(1);
  });
});

describe('creditEnds: credits without a slash', () => {
  const starts = (text: string) => creditEnds(annotate(text).tokens).map((at) => text.slice(at, at + 12));
  it('ends a credit of one agency in capitals, with its suffix, or of a photographer for a paper', () => {
    expect(starts('Photograph: PA Two Britons have now contracted swine flu.')).toEqual(['Two Britons ']);
    expect(starts('Photograph: BP LLC BP acknowledges it posted an altered photo.')).toEqual([
      'BP acknowled',
    ]);
    expect(
      starts('Photograph: Sarah Lee for the Guardian Tony Hayward has claimed the spill is tiny.'),
    ).toEqual(['Tony Hayward']);
  });
  it('leaves a credit that ends its sentence, or a name that is not one', () => {
    expect(starts('A boat near the rig. Photograph: AP')).toEqual([]);
    expect(starts('Photograph: Gerald Herbert')).toEqual([]);
  });
});
