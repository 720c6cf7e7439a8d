import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { creditEnds, creditPrefix } from '../../../src/events/nlp/creditEnds.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

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

describe('creditPrefix', () => {
  const rest = (piece: string) => piece.slice(creditPrefix(piece));
  it("finds a caption's credit left before the next sentence", () => {
    expect(rest('AP Thirteen nations and the U.N. have offered assistance.')).toBe(
      'Thirteen nations and the U.N. have offered assistance.',
    );
    expect(rest('(AP Photo) Louisiana officials plan to ask BP to pay.')).toBe(
      'Louisiana officials plan to ask BP to pay.',
    );
    expect(rest("(AP Photo/Alastair Grant) (Alastair Grant - AP) BP PLC's chief speaks.")).toBe(
      "BP PLC's chief speaks.",
    );
    expect(rest("AP Photo/BP PLC BP's underwater robots used huge shears.")).toBe(
      "BP's underwater robots used huge shears.",
    );
    expect(rest('AP Photo/Dave Martin According to government estimates, the leak grew.')).toBe(
      'According to government estimates, the leak grew.',
    );
  });
  it('leaves an agency that is the subject, and an agency of government', () => {
    for (const piece of [
      'Reuters reported Wednesday that a clause may expose BP.',
      'AP is reporting that officials intercept migrants.',
      'EPA Administrator Lisa Jackson will return to the Gulf Coast.',
    ])
      expect(creditPrefix(piece), piece).toBe(0);
  });
  it('leaves it out of the sentence that follows it', () => {
    expect(
      segmentSentences(
        'A man calls for help to combat the oil spill. AP Thirteen nations and the U.N. have offered assistance.',
      ).map((x) => x.text),
    ).toEqual([
      'A man calls for help to combat the oil spill.',
      'Thirteen nations and the U.N. have offered assistance.',
    ]);
  });
});

describe('creditedCaptions: photo captions an agency credits', () => {
  const captions = (text: string) =>
    segmentSentences(text)
      .filter((s) => s.heading)
      .map((s) => s.text);
  it('takes a sentence a lone credit follows or closes for a caption, and the gallery captions after it', () => {
    expect(
      captions(
        'April 28: A boat makes its way through oil in the Gulf of Mexico. AFP\n\nApril 27: Weathered oil is seen in the Gulf. NEW ORLEANS -- The Coast Guard says it is being aggressive.',
      ),
    ).toEqual([
      'April 28: A boat makes its way through oil in the Gulf of Mexico. AFP',
      'April 27: Weathered oil is seen in the Gulf.',
    ]);
    expect(
      captions(
        'Aug. 2: Billy Nungesser holds up a jar of oil collected in Venice, La.. AP Experts have said for some time that the spill is a disaster.',
      ),
    ).toEqual(['Aug. 2: Billy Nungesser holds up a jar of oil collected in Venice, La.. AP']);
    expect(
      captions('A man calls for help to combat the oil spill. AP Thirteen nations have offered assistance.'),
    ).toEqual(['A man calls for help to combat the oil spill.']);
  });
  it('leaves a report that names an agency alone', () => {
    expect(
      captions('Analysts surveyed by Reuters predict a loss. BP said it would pay. The AP reported it.'),
    ).toEqual([]);
  });
});
