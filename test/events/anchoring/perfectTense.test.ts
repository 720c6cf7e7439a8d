import { describe, expect, it } from 'vitest';
import { finishedPast, presentPerfect } from '../../../src/events/anchoring/perfectTense.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import type { EventTime } from '../../../src/model/chronology.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

/** Whether the word `verb` of `text` is read as a present perfect. */
const perfect = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  const i = tokens.findIndex((t) => t.text === verb);
  return presentPerfect(tokens, i);
};

/** Whether the timex `word` of `text`, read on `published`, is a finished past time. */
const finished = (text: string, word: string, published: string) => {
  const t = tag(text, { reference: published }).find((x) => x.text === word)!;
  const when = { ...t.range!, precision: t.precision, value: t.value, approximate: false } as EventTime;
  return finishedPast(text, 0, t, when, published);
};

describe('presentPerfect', () => {
  it('reads "has/have (been) …" as the present perfect, past adverbs and "not"', () => {
    expect(perfect('Conrad Murray has pleaded not guilty.', 'pleaded')).toBe(true);
    expect(perfect('Six people have been killed.', 'killed')).toBe(true);
    expect(perfect('The body has not yet been found.', 'found')).toBe(true);
  });

  it('leaves a modal or infinitive perfect and the past perfect, which can tell a past point', () => {
    expect(perfect('He may have died on Friday.', 'died')).toBe(false);
    expect(perfect('50 people were reported to have been killed on Monday.', 'killed')).toBe(false);
    expect(perfect('He had pleaded guilty in May.', 'pleaded')).toBe(false);
    expect(perfect('He pleaded guilty in May.', 'pleaded')).toBe(false);
  });
});

describe('finishedPast', () => {
  it('takes a time over before publication day', () => {
    expect(
      finished('Murray has pleaded not guilty to the killing in June 2009.', 'June 2009', '2011-07-26'),
    ).toBe(true);
    expect(
      finished('The opposition has dismissed the vote on 14 February.', '14 February', '2012-02-27'),
    ).toBe(true);
  });

  it('leaves today, stretches up to now and dates "since" reaches', () => {
    expect(finished('The army has withdrawn today.', 'today', '2012-02-27')).toBe(false);
    // American news: "have been killed … on Friday" of the last days.
    expect(finished('100 people have been killed in the blasts on Friday.', 'Friday', '1998-08-10')).toBe(
      false,
    );
    expect(finished('Prices have doubled in the last month.', 'the last month', '2012-02-27')).toBe(false);
    expect(
      finished('Since the explosion on 20 April, BP shares have lost $85bn.', '20 April', '2010-07-08'),
    ).toBe(false);
    expect(finished('Schools have been closed until at least Thursday.', 'Thursday', '2009-05-04')).toBe(
      false,
    );
  });
});

describe('a present perfect through extractEvents', () => {
  const events = (text: string, published: string) =>
    extractEvents(article(text, published), tag(text, { reference: published }));

  it('gives a finished past date to no perfect: the plea is told undated, not in June 2009', () => {
    const text =
      'Conrad Murray has pleaded not guilty to the involuntary manslaughter of Jackson at his rented LA mansion in June 2009.';
    const plea = events(text, '2011-07-26').find((e) => e.mentions[0]?.trigger?.text === 'pleaded');
    expect(plea?.when.value).not.toBe('2009-06');
    expect(plea?.when.end).toBe('2011-07-26');
    expect(plea?.mentions[0]?.timex).toBeUndefined();
  });

  it("keeps the date standing right after the perfect, a writer's slip, and a timeline item's heading", () => {
    const decreed = events(
      'Mr Assad has also decreed on 14 March that elections will be held.',
      '2012-04-09',
    );
    expect(decreed.find((e) => e.mentions[0]?.trigger?.text === 'decreed')?.when.value).toBe('2012-03-14');
    const item = events(
      'Dec. 28 - Kenneth Feinberg has paid $43 million to Gulf Coast residents.',
      '2011-01-11',
    );
    expect(item[0]?.when.value).toBe('2010-12-28');
  });

  it('still dates a past tense and a perfect of the day', () => {
    const past = events('Conrad Murray pleaded not guilty in June 2009.', '2011-07-26');
    expect(past[0]?.when.value).toBe('2009-06');
    const today = events('Syria has announced a ceasefire today.', '2012-04-10');
    expect(today[0]?.when.value).toBe('2012-04-10');
    expect(today[0]?.when.mod).toBeUndefined();
  });
});
