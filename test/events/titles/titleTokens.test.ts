import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { titleTokens } from '../../../src/events/titles/titleTokens.ts';
import { emptyDatedTitle, weakTitle } from '../../../src/events/titles/weakTitles.ts';

describe('titleTokens', () => {
  it("gives a title cut from a sentence the sentence's tokens, with the title's offsets and case", () => {
    const sentence = annotate('On Friday, fighting erupted in Homs, activists said.').tokens;
    const tokens = titleTokens('Fighting erupted in Homs', sentence);
    expect(tokens?.map((t) => t.text)).toEqual(['Fighting', 'erupted', 'in', 'Homs']);
    expect(tokens?.map((t) => [t.start, t.end])).toEqual([
      [0, 8],
      [9, 16],
      [17, 19],
      [20, 24],
    ]);
    const erupted = sentence.find((t) => t.text === 'erupted')!;
    expect(tokens?.[1]).toMatchObject({ pos: erupted.pos, lemma: erupted.lemma });
  });

  it('keeps punctuation the title kept, and does not take a word for the start of a longer one', () => {
    const sentence = annotate('In Idlib, the army shelled them and the town.').tokens;
    expect(titleTokens('In Idlib, the army shelled them', sentence)?.map((t) => t.text)).toEqual([
      'In',
      'Idlib',
      ',',
      'the',
      'army',
      'shelled',
      'them',
    ]);
  });

  it('is undefined for a title not cut whole from the tokens', () => {
    const sentence = annotate('The army shelled the town.').tokens;
    expect(titleTokens('The army shelled the city', sentence)).toBeUndefined();
    expect(titleTokens('The arm shelled the town', sentence)).toBeUndefined();
  });
});

describe('weak titles read with their sentence', () => {
  it('judge a title by the parts of speech its sentence gave its words', () => {
    const sentence = annotate('Rebels took the town of Azaz on Monday.').tokens;
    expect(weakTitle('Rebels took the town of Azaz', sentence)).toBe(false);
    expect(emptyDatedTitle('Rebels took the town', sentence)).toBe(false);
    const subjectless = annotate('The ministry said it had filed a series of reports.').tokens;
    expect(weakTitle('Had filed a series of reports', subjectless)).toBe(true);
    // Read alone, "Plans" opening a title is a noun; its sentence has it as the verb of a subject
    // the cut left out, so the dated title says too little.
    const compaq = annotate(
      'Compaq, which said it discovered the bugs, still plans to announce new 486 products on Nov. 6.',
    ).tokens;
    expect(emptyDatedTitle('Plans to announce new 486 products')).toBe(false);
    expect(emptyDatedTitle('Plans to announce new 486 products', compaq)).toBe(true);
  });
});
