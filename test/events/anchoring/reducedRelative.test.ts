import { describe, expect, it } from 'vitest';
import { reducedRelativeOf } from '../../../src/events/anchoring/reducedRelative.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const PUBLISHED = '2022-08-02';

/** The words of the reduced relative that the date spelled `phrase` stands in, or undefined. */
const phraseOf = (text: string, phrase: string) => {
  const timexes = tag(text, { reference: PUBLISHED });
  const s = segmentSentences(text)[0]!;
  const p = parseSentence(s, timexes);
  const span = reducedRelativeOf(p, timexes.find((t) => t.text === phrase)!);
  return (
    span &&
    s.tokens
      .slice(span.from, span.to)
      .map((t) => t.text)
      .join(' ')
  );
};

describe('reducedRelativeOf', () => {
  it('finds a participle after a governed noun, with its own date', () => {
    expect(phraseOf('Relatives buried the soldiers killed last week in Helmand.', 'last week')).toBe(
      'soldiers killed last week in Helmand .',
    );
    expect(
      phraseOf(
        'The Taliban condemned the strike as a violation of the agreement signed in February 2020.',
        'February 2020',
      ),
    ).toBe('agreement signed in February 2020 .');
  });

  it("takes no clause's own verb for a participle", () => {
    // A verb of saying opens the clause whose verb it is; an object makes a past verb finite.
    expect(phraseOf('Officials said troops arrived on Sunday.', 'Sunday')).toBeUndefined();
    expect(phraseOf('Troops killed 20 militants last week.', 'last week')).toBeUndefined();
    expect(phraseOf('The soldiers were killed last week.', 'last week')).toBeUndefined();
    // (Nor past "and": a participle joined to it, or a second clause.)
    expect(
      phraseOf('Pictures taken over the weekend and posted online suggested oil was leaking.', 'the weekend'),
    ).toBeUndefined();
    expect(phraseOf('The bomb exploded on Sunday and police sealed off the area.', 'Sunday')).toBeUndefined();
    // (Nor a period a date ends, which periodEnded.ts reads.)
    expect(
      phraseOf('For the six months ended Aug. 31, Provigo posted net income of $20 million.', 'Aug. 31'),
    ).toBeUndefined();
  });
});

describe('a date inside a reduced relative', () => {
  it("dates the participle's happening and leaves the main clause the day's news", () => {
    const text = 'Relatives buried the soldiers killed last week in Helmand.';
    const out = extractEvents(article(text, PUBLISHED), tag(text, { reference: PUBLISHED }));
    const byTrigger = new Map(out.map((e) => [e.mentions[0]?.trigger?.text, e.when]));
    expect(byTrigger.get('killed')).toMatchObject({ value: '2022-W30', precision: 'week' });
    // (On or before publication: the news of the days before it.)
    expect(byTrigger.get('buried')).toMatchObject({ end: PUBLISHED });
  });
});
