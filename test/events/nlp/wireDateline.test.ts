import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { wireDatelineLength } from '../../../src/events/nlp/wireDateline.ts';

const dateline = (text: string) => text.slice(0, wireDatelineLength(text));

describe('wireDatelineLength', () => {
  it('reads the datelines of wires and local outlets', () => {
    expect(dateline('KABUL, May 13 - Fighting broke out on Wednesday.')).toBe('KABUL, May 13 - ');
    expect(dateline('NEW ORLEANS -- The oil reached the marshes.')).toBe('NEW ORLEANS -- ');
    expect(dateline('VENICE, Louisiana -- Crews laid boom.')).toBe('VENICE, Louisiana -- ');
    expect(dateline('ON BARATARIA BAY, LA. -- Pelicans nest here.')).toBe('ON BARATARIA BAY, LA. -- ');
    expect(dateline('KABUL (Pajhwok): Gunmen killed two.')).toBe('KABUL (Pajhwok): ');
    expect(dateline('MAZAR-I-SHARIF, Afghanistan, Jan. 5, 2022 (Xinhua) — A blast hit a mosque.')).toBe(
      'MAZAR-I-SHARIF, Afghanistan, Jan. 5, 2022 (Xinhua) — ',
    );
    expect(dateline('NEW DELHI: The government said …')).toBe('NEW DELHI: ');
    expect(dateline('KABUL, 13 May - Fighting broke out.')).toBe('KABUL, 13 May - ');
    expect(dateline('KABUL -- Taliban fighters took the district.')).toBe('KABUL -- ');
  });

  it('takes no sentence for a dateline', () => {
    for (const text of [
      'Fighting broke out on Wednesday.',
      'NATO - the alliance - said it would stay.',
      'A US drone strike killed two men.',
      'US - Taliban talks resumed.',
      'Kabul, May 13 - Fighting broke out.',
      'WHO Director-General Margaret Chan said the virus spread.',
      // (An acronym alone before a colon or a single hyphen is a sentence's subject.)
      'OPEC: Oil output will rise next year.',
      'NASA - The agency said the launch was delayed.',
    ])
      expect(wireDatelineLength(text), text).toBe(0);
  });
});

describe('segmentSentences with a dateline', () => {
  it('keeps the dateline of the first block apart as a heading, so its day dates no sentence', () => {
    const s = segmentSentences(
      'KABUL, May 13 - Fighting broke out on Wednesday after talks collapsed.\n\nIt went on.',
    );
    expect(s.map((x) => [x.heading, x.text])).toEqual([
      [true, 'KABUL, May 13 -'],
      [false, 'Fighting broke out on Wednesday after talks collapsed.'],
      [false, 'It went on.'],
    ]);
  });

  it('reads no dateline in a later block', () => {
    const s = segmentSentences('Crews worked.\n\nNEW ORLEANS -- Oil came ashore.');
    expect(s.map((x) => x.heading)).toEqual([false, false]);
  });
});
