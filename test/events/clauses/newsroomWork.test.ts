import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { newsroomWork } from '../../../src/events/clauses/newsroomWork.ts';

describe('newsroomWork', () => {
  it('takes the outlet or its named reporter at work on the story', () => {
    for (const text of [
      "The BBC's Gabriel Gatehouse has been investigating the now notorious incident at Jisr al-Shughour.",
      "The Washington Post obtained a copy of Kendall's prepared testimony late Wednesday.",
      'The Post asked experts about the political winners and losers of the Gulf of Mexico oil spill.',
      "The BBC's Matthew Price visited the grounds of one hospital and spoke of seeing about 100 bodies.",
      "The BBC's Paul Wood has spent harrowing days under fire in the Baba Amr area of Homs.",
      "The BBC's Ian Pannell has traveled to the outskirts of Syria's second city of Aleppo.",
      'The BBC has seen more evidence of the extent to which the regime has lost control.',
    ]) {
      expect(newsroomWork(text), text).toBe(true);
      expect(notAnEvent(text), text).toBe('page furniture');
    }
  });

  it('leaves what the work found or heard, what happened to the reporter, and anyone else at work', () => {
    for (const text of [
      'The Washington Post reviewed several dozen MMS investigations and found large variations in outcome.',
      'The Associated Press interviewed dozens who say they have received small fractions of what they asked.',
      'Reuters has seen a letter which shows the company knew of the fault.',
      "The BBC's Ian Pannell and cameraman Darren Conway were trapped by fighting in Aleppo.",
      'The BBC has started broadcasting radio programmes in Creole to Haiti.',
      'The BBC has learned UK government officials have decided to prevent him from travelling.',
      'Reporters visited the camp on Monday.',
      'The minister told CNN he had visited the camp.',
      'The Post Office has closed 20 branches.',
    ])
      expect(newsroomWork(text), text).toBe(false);
  });
});
