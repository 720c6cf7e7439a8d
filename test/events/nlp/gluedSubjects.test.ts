import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { broadcastBoxEnds, gluedSubjectStarts } from '../../../src/events/nlp/gluedSubjects.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const pieces = (text: string) => {
  const starts = gluedSubjectStarts(text, 0, text.length, annotate(text).tokens);
  return [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length).trim());
};

describe('gluedSubjectStarts', () => {
  it('starts a sentence at a title of address after the name that ends a caption', () => {
    expect(
      pieces(
        "Ecuador's President Rafael Correa has arrived in Haiti Mr Correa, the head of Unasur, is reported as saying the bloc would help.",
      ),
    ).toEqual([
      "Ecuador's President Rafael Correa has arrived in Haiti",
      'Mr Correa, the head of Unasur, is reported as saying the bloc would help.',
    ]);
  });

  it('keeps a title of address after a verb, a title in small letters, a rank or a fronted day', () => {
    for (const whole of [
      'Prosecutors claim Dr Murray gave Jackson a lethal dose of the anesthetic.',
      'BP said chief executive Mr Hayward will leave his post in October.',
      "Ecuador's President Mr Correa arrived on Friday.",
      'On Wednesday Mr Obama said the spill was heartbreaking.',
      'After the talks in Luxembourg Ms Vassiliou said the EU was ready.',
    ])
      expect(pieces(whole)).toEqual([whole]);
  });

  it('keeps a fronted phrase whose comma was left out with the clause after it (review16, item 2)', () => {
    // Judged by structure: a piece opening with a preposition, an adverb or a participle, or one
    // with no finite verb, is no caption.
    for (const whole of [
      'Writing in the Guardian Mr Smith said the plan would fail.',
      'Back in Westminster Mr Brown said he would stay.',
      'Outside Downing Street Mrs Thatcher said she was delighted.',
      'Standing beside President Sarkozy Mr Brown said the talks were useful.',
      'Speaking to reporters in Brussels Mr Brown said the talks were useful.',
      'The first session of the summit in Brussels Mr Brown said was useful.',
    ])
      expect(pieces(whole)).toEqual([whole]);
    for (const whole of [
      'Writing in the Guardian Mr Smith said the plan would fail.',
      'Standing beside President Sarkozy Mr Brown said the talks were useful.',
    ])
      expect(segmentSentences(whole).map((s) => [s.heading, s.text])).toEqual([[false, whole]]);
  });

  it("starts a sentence at a number word and its plural noun after a caption's last word", () => {
    expect(
      pieces(
        'The clan said it had acted to force the release of a man held in Damascus Four Arab states have urged their citizens to leave Lebanon.',
      ),
    ).toEqual([
      'The clan said it had acted to force the release of a man held in Damascus',
      'Four Arab states have urged their citizens to leave Lebanon.',
    ]);
  });

  it('starts a sentence at a capitalized common word, its plural noun and their verb after a noun in small letters', () => {
    expect(
      pieces(
        "Thousands of people have fled Aleppo after weeks of intense fighting Rebel fighters near Syria's city of Aleppo have attacked a key army base.",
      ),
    ).toEqual([
      'Thousands of people have fled Aleppo after weeks of intense fighting',
      "Rebel fighters near Syria's city of Aleppo have attacked a key army base.",
    ]);
    // (Not a word the page split: "J ustice".)
    const split = 'Holder has said J ustice Department lawyers are examining the case.';
    expect(pieces(split)).toEqual([split]);
  });

  it("keeps a group's number and a school year with their name", () => {
    for (const whole of [
      'A total of 11 Michael Jackson or Jackson Five albums featured in the top 200.',
      'The Irish Prime Minister calls for a review of the Birmingham Six case.',
      "Other recent cases included five Year Seven pupils at Alleyn's School.",
    ])
      expect(pieces(whole)).toEqual([whole]);
  });

  it('starts a sentence at an acronym and a plural noun before a verb, after a plural noun', () => {
    expect(
      pieces('The relief flight is staffed by 30 volunteers UK airlines have begun flying aid to Haiti.'),
    ).toEqual([
      'The relief flight is staffed by 30 volunteers',
      'UK airlines have begun flying aid to Haiti.',
    ]);
    const whole = 'The crisis PR pros were appalled by the response.';
    expect(pieces(whole)).toEqual([whole]);
  });
});

describe('broadcastBoxEnds', () => {
  it('ends a box of broadcast times before the possessive that opens the next sentence, a heading', () => {
    const text =
      "Power cuts are long. Broadcast on Saturdays at 11:30 GMT on BBC Radio 4, and weekdays on BBC World Service Damascus's stallholders are adapting in more ways than one.";
    expect(broadcastBoxEnds(text, 0, text.length)).toEqual([text.indexOf('Damascus')]);
    const sentences = segmentSentences(text).map((s) => [s.heading, s.text]);
    expect(sentences).toContainEqual([
      true,
      'Broadcast on Saturdays at 11:30 GMT on BBC Radio 4, and weekdays on BBC World Service',
    ]);
    expect(sentences).toContainEqual([false, "Damascus's stallholders are adapting in more ways than one."]);
    // The BBC's clock with a period ("11.30 GMT") is inside the box too.
    const dotted =
      "Power cuts are long. Broadcast on Saturdays at 11.30 GMT on BBC Radio 4, and weekdays on BBC World Service Damascus's stallholders are adapting.";
    expect(broadcastBoxEnds(dotted, 0, dotted.length)).toEqual([dotted.indexOf('Damascus')]);
    // A report of a broadcast is no box.
    const report = "The film was broadcast on BBC Two on Tuesday's evening news.";
    expect(broadcastBoxEnds(report, 0, report.length)).toEqual([]);
  });
});
