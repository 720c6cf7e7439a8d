import { describe, expect, it } from 'vitest';
import { datePhrase } from '../../../src/events/anchoring/phraseDates.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));

describe('phraseDatesOnly (through extractEvents)', () => {
  const text =
    'The earthquake destroyed much of the capital. Rescuers searched the rubble through the night. ' +
    "Aid flights landed at the airport. Aid agencies rushed to help the survivors of Tuesday's earthquake in Haiti. " +
    'The European Union pledged 400m euros in emergency aid.';

  it('tells the happening of a sentence whose only date is a phrase’s undated, in the window of the news, and the sentences after it the news too', () => {
    const out = events(text, '2010-01-14');
    // ("Efforts are intensifying to help …" was the example: a trend, which is no event, `ongoingState`.)
    const efforts = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'rushed'));
    expect(efforts?.when.mod).toBe('ON_OR_BEFORE');
    expect(efforts?.when.end).toBe('2010-01-14');
    // The sentences after it stay the news, as when the phrase's recent date dated it.
    const pledged = out.find((e) => e.mentions.some((m) => m.trigger?.text === 'pledged'));
    expect(pledged?.when.mod).toBe('ON_OR_BEFORE');
    expect(pledged?.when.end).toBe('2010-01-14');
  });

  it('tells no undated news of a sentence that states a state: a copula an "until" date bounds, a standing relation', () => {
    const copula =
      "Neatly dressed in suit and tie, he was until last week Syria's ambassador to Iraq and is the most senior diplomat to defect so far.";
    expect(events(copula, '2012-07-17').map((e) => e.title)).toEqual([]);
    const attended =
      'The six-year-old attended Mayfield School, a school for children with special needs, which has been closed until Monday.';
    const out = events(attended, '2009-06-30');
    expect(out.find((e) => e.mentions.some((m) => m.trigger?.text === 'attended'))).toBeUndefined();
  });
});

describe('datePhrase', () => {
  it('reads a date’s phrase once per parse and date, and again for another article text', () => {
    const text = "Efforts are intensifying to help the survivors of Tuesday's earthquake in Haiti.";
    const timexes = tag(text, { reference: '2010-01-14' });
    const p = parseSentence(segmentSentences(text)[0]!, timexes);
    const t = timexes[0]!;
    const phrase = datePhrase(p, text, t);
    expect(phrase).toBeDefined();
    // The same answer, not read again: phraseDatesOnly and datedEvents ask for the same dates.
    expect(datePhrase(p, text, t)).toBe(phrase);
    // Another text is another question.
    const other = datePhrase(p, `${text} `, t);
    expect(other).not.toBe(phrase);
    expect(other).toEqual(phrase);
  });
});
