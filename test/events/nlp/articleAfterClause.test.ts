import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { articleAfterClause } from '../../../src/events/nlp/articleAfterClause.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** Whether the capitalised article `article` (its first occurrence after a space) opens a clause. */
const opens = (text: string, article = ' The ') =>
  articleAfterClause(annotate(text).tokens, text.indexOf(article) + 1);

describe('articleAfterClause', () => {
  it('opens a clause at an article and a name with a finite verb after a verb, an adverb or a predicative adjective', () => {
    expect(
      opens(
        'Turkey has said it may need help if the situation worsened The United States says an offensive has created a crisis.',
      ),
    ).toBe(true);
    expect(
      opens(
        'This video has not been independently verified The UN Security Council has passed a resolution.',
      ),
    ).toBe(true);
    expect(
      opens(
        'He said he personally witnessed what happened next The Syrian government has been taking press to graves.',
      ),
    ).toBe(true);
    expect(
      opens(
        'On the ground with survivors as they desperately plead for help The Red Cross estimates 45,000 people have died.',
      ),
    ).toBe(true);
    expect(
      opens('Dr Murray faces four years in prison if convicted A US judge has delayed the trial.', ' A '),
    ).toBe(true);
    expect(
      opens(
        'ShelterBox was in Haiti after hurricanes left thousands homeless A Cornwall-based disaster relief charity is sending help.',
        ' A ',
      ),
    ).toBe(true);
  });

  it("keeps a name a verb takes as its object or its complement, and a name after an article's adjective", () => {
    for (const text of [
      'She joined The Fugees in 1990 and left in 1997.',
      'He read The Times every day.',
      'Officials found The Times had been right about the leak.',
      'Locals called The Beast a menace to the town.',
      'The report was the first The Guardian published on the spill.',
      'Critics say even The Times agrees with the plan.',
      'We get The Economist magazine mailed to our office every week.',
      'We will make The Company pay for the damage.',
    ])
      expect(opens(text), text).toBe(false);
  });

  it('makes the caption a piece of its own in segmentSentences', () => {
    const text =
      'Crowds of people were out in Damascus as the convoy arrived The Syrian opposition has voiced strong criticism of the stalemate.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'Crowds of people were out in Damascus as the convoy arrived',
      'The Syrian opposition has voiced strong criticism of the stalemate.',
    ]);
  });
});
