import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { gluedStarts, headlineEnd } from '../../../src/events/nlp/gluedSentences.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const pieces = (text: string) => {
  const starts = gluedStarts(text, 0, text.length, annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('gluedStarts', () => {
  it('finds sentences glued without a period after a caption or list item', () => {
    expect(pieces('Parts of Homs were bombarded for weeks The Red Cross has been unable to enter.')).toEqual([
      'Parts of Homs were bombarded for weeks',
      'The Red Cross has been unable to enter.',
    ]);
    expect(pieces('Clinton launched an attack on Russia and China There were, however, fireworks.')).toEqual([
      'Clinton launched an attack on Russia and China',
      'There were, however, fireworks.',
    ]);
    expect(
      pieces('Sanctions were imposed over the uprising More conclusive, perhaps, is an interview.'),
    ).toEqual(['Sanctions were imposed over the uprising', 'More conclusive, perhaps, is an interview.']);
    expect(pieces('Clashes went on in the northern city of Aleppo The UK said it would help.')).toEqual([
      'Clashes went on in the northern city of Aleppo',
      'The UK said it would help.',
    ]);
  });

  it('ends a sentence at a closing quotation mark glued to the next one', () => {
    expect(
      pieces('The regime could not stamp out "the flames of defiance"Two people were killed in Hama.'),
    ).toEqual(['The regime could not stamp out "the flames of defiance"', 'Two people were killed in Hama.']);
    expect(
      pieces('He said he was ready to talk with"all political forces"to end the violence.'),
    ).toHaveLength(1);
  });

  it('starts a sentence at an opening quotation mark glued to a word, but not after an article or preposition', () => {
    expect(
      pieces('The rebels overran the city three weeks ago"We have withdrawn," a commander said.'),
    ).toEqual(['The rebels overran the city three weeks ago', '"We have withdrawn," a commander said.']);
    expect(pieces('A meeting of the"Friends of Syria" group was held in Tunis.')).toHaveLength(1);
  });

  it('leaves capitalized words that belong to the sentence', () => {
    for (const text of [
      'He told The Associated Press that talks failed.',
      'The court in The Hague ruled on Monday.',
      'Officials said Plan A to evacuate the town failed.',
      'She sang Florence And The Machine songs.',
      'Mr Annan met President Assad in Damascus.',
    ])
      expect(pieces(text)).toEqual([text]);
  });

  it('splits the sentences segmentSentences returns', () => {
    const s = segmentSentences(
      'Rebels took the town. Civilians fled the fighting in Aleppo The UK said on Tuesday it would send aid.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'Rebels took the town.',
      'Civilians fled the fighting in Aleppo',
      'The UK said on Tuesday it would send aid.',
    ]);
  });
});

describe('headlineEnd', () => {
  const lead = (text: string) => {
    const at = headlineEnd(text, 0, annotate(text).tokens);
    return at === undefined ? undefined : text.slice(at);
  };
  it('finds where a lead starts after a headline glued to it', () => {
    expect(lead("Annan demands ceasefire ' now ' Activists said 20 people were killed. Next.")).toMatch(
      /^Activists said/,
    );
    expect(
      lead('Impasse at UN debate on Syria violence US Secretary of State Hillary Clinton says talks failed.'),
    ).toMatch(/^US Secretary of State/);
  });
  it('leaves a name after a role or a time in the sentence', () => {
    expect(
      lead('While cement contractor Halliburton said the report was flawed, BP waited.'),
    ).toBeUndefined();
    expect(lead('Last week President Obama said the spill was a disaster.')).toBeUndefined();
  });
});
