import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { gluedNameSubjectStarts } from '../../../src/events/nlp/gluedNameSubjects.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const starts = (text: string): string[] => {
  const { tokens } = annotate(text);
  return gluedNameSubjectStarts(text, 0, text.length, tokens).map((at) => text.slice(at, at + 14));
};

describe('gluedNameSubjectStarts', () => {
  it.each([
    [
      "Protests against President Bashar al-Assad have been growing Middle Eastern papers generally welcome the Arab League's decision.",
      'Middle Eastern',
    ],
    [
      'Some accounts say rebel fighters attacked the position from where shellfire was coming Unconfirmed reports say militia entered Taldou.',
      'Unconfirmed re',
    ],
  ])('finds a capitalized subject glued after a clause: %s', (text, start) => {
    expect(starts(text)).toEqual([start]);
  });

  it.each([
    'Activists say Syrian forces are bombarding the town.',
    'He told reporters Syrian troops had crossed the border.',
    'The spill came in 1991 when retreating Iraqi forces destroyed countless Kuwaiti wells.',
    'Holder has said J ustice Department lawyers are examining the case.',
    'Two prominent Western journalists have been killed in the city.',
  ])('finds none where the name goes on the sentence: %s', (text) => {
    expect(starts(text)).toEqual([]);
  });
});

describe('segmentSentences with a glued subject', () => {
  it('ends the caption before the subject', () => {
    const text =
      "The Arab League met in Cairo. Protests against President Bashar al-Assad have been growing Middle Eastern papers generally welcome the Arab League's decision to suspend Syria.";
    expect(segmentSentences(text).map((s) => s.text)).toContain(
      "Middle Eastern papers generally welcome the Arab League's decision to suspend Syria.",
    );
  });
});
