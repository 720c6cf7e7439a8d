import { describe, expect, it } from 'vitest';
import { offsetTime } from '../../../src/events/anchoring/eventNounDate.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article } from '../eventFixtures.ts';

const events = (text: string, published: string) =>
  extractEvents(article(text, published), tag(text, { reference: published }));
const dated = (text: string, published: string) =>
  events(text, published)
    .filter((e) => e.mentions[0]?.timex)
    .map((e) => `${e.mentions.map((m) => m.trigger?.text).join('+')}@${e.when.value}`);

describe('eventNounDate (through extractEvents)', () => {
  it('dates the happening a present verb has as its object by a year long past, not the verb', () => {
    const text = 'Fishermen still remember the Exxon Valdez spill in 1989.';
    expect(dated(text, '2010-05-20')).toEqual(['spill@1989']);
    // A past verb may be of that year: it keeps the date.
    expect(dated('Officials witnessed the Exxon Valdez spill in 1989.', '2010-05-20')).toEqual([
      'witnessed@1989',
    ]);
    // Nor does an infinitive's object: the governing verb may be of that year.
    expect(
      dated('The Soviets first used a nuclear blast to seal a gas leak in 1966.', '2010-05-20'),
    ).not.toContain('leak@1966');
  });

  it("dates the event noun a date follows, not the clause's verb, and titles it by its phrase", () => {
    const charged =
      "Dr Conrad Murray is on trial charged with involuntary manslaughter following Jackson's death in June 2009.";
    expect(dated(charged, '2011-10-12')).toEqual(['death@2009-06']);
    expect(events(charged, '2011-10-12').find((e) => e.when.value === '2009-06')?.title).toBe(
      "Jackson's death",
    );
    // The verb the date no longer dates is told undated, on or before publication as the day's news.
    const ordered =
      "A judge in Los Angeles has ordered the personal doctor of Michael Jackson to stand trial over the singer's death in 2009.";
    const undated = events(ordered, '2011-01-11').find((e) => e.mentions[0]?.trigger?.text === 'ordered');
    expect([undated?.when.mod, undated?.mentions[0]?.timex]).toEqual(['ON_OR_BEFORE', undefined]);
    const truth =
      'Speaking during a TV interview, the singer demanded what she called "the truth" surrounding the star\'s death in June 2009.';
    expect(dated(truth, '2010-06-24')).toEqual(['death@2009-06']);
    // The phrase may open the sentence.
    expect(
      dated(
        "After Jackson's death in June 2009, Dr Murray was charged with involuntary manslaughter.",
        '2011-10-12',
      ),
    ).toEqual(['death@2009-06']);
    // A cause's effect: "led to" is no complement that takes the date.
    const led =
      "Dr Murray denies illegally giving Jackson drugs which led to the singer's death in June 2009.";
    expect(events(led, '2011-03-03').find((e) => e.when.value === '2009-06')?.title).toBe(
      "The singer's death",
    );
    const issued = 'The moratorium was issued after the catastrophic Gulf oil spill in April.';
    expect(dated(issued, '2010-07-12')).toEqual(['spill@2010-04']);
  });

  it('dates the event noun of reported words, not their verb', () => {
    const victims =
      'It said that more than 60 doctors had been sent to Haiti to treat the victims of the devastating earthquake on 12 January.';
    expect(dated(victims, '2010-01-30')).toEqual(['earthquake@2010-01-12']);
  });

  it('dates the verb by an offset after the event noun, at the precision of the offset', () => {
    const interviewed =
      "Mr Martinez, who interviewed Dr Murray two days after Jackson's death on 25 June 2009, said the doctor told him the singer had stopped breathing.";
    const found = events(interviewed, '2011-01-11').filter((e) => e.mentions[0]?.timex);
    expect(found.map((e) => `${e.mentions[0]!.trigger?.text}@${e.when.value}`)).toEqual([
      'interviewed@2009-06-27',
      'death@2009-06-25',
    ]);
    expect(found[0]!.mentions[0]!.timex?.tags).toContain('eventNounOffset');
    // "four months after … 2009": a year gives no month; the release stays undated.
    const released =
      "The footage was not actually included in the movie, which was released four months after the singer's death in 2009.";
    expect(dated(released, '2011-07-26')).toEqual(['death@2009']);
  });

  it('leaves a date to the verb inside the happening, for a recent day, and for a tally since', () => {
    // "abstained in a vote": the abstention is the vote's time.
    const vote =
      'Lebanon, which also abstained in a UN Security Council vote in October 2011 on a resolution, said it would not back the plan.';
    expect(dated(vote, '2012-02-05')[0]).toMatch(/^abstained\b.*@2011-10$/);
    // A recent day after a long-running happening is the clause's.
    const moved =
      "The government moved to quell suggestions of indifference to the BP oil disaster today when both David Cameron and the chancellor spoke to BP's chairman.";
    expect(dated(moved, '2010-06-11')[0]).toMatch(/^moved\b.*@2010-06-11$/);
    // A verb's complement, and a phase of the happening, keep the date where it was.
    const died = 'But the singer, who died of a heart attack in June, had punctured arms.';
    expect(events(died, '2009-10-01').find((e) => e.when.value === '2009-06')?.title).toBe(
      'The singer died of a heart attack',
    );
    const start =
      'Lack of accurate flow rate estimates at the start of the BP spill in April eroded public confidence in the government.';
    expect(dated(start, '2010-12-03')[0]).toMatch(/\beroded@2010-04$/);
    // A possessed happening a few days old: the day may be the clause's own news.
    expect(dated("Shares rose sharply after BP's announcement on Monday.", '2010-06-15')).toEqual([
      'announcement+rose@2010-06-14',
    ]);
    const sold =
      "Sony has sold about 31 million copies of Jackson's albums worldwide since his death on 25 June, the report said.";
    expect(dated(sold, '2010-03-16')).toEqual(['sold@2010-03-16']);
  });
});

describe('offsetTime', () => {
  const june25 = tag('on 25 June 2009', { reference: '2011-01-11' })[0]!;
  const june = tag('in June 2009', { reference: '2011-01-11' })[0]!;
  it('counts days from a day and months from a month, and gives nothing finer than the date', () => {
    expect(offsetTime(june25, { count: 2, unit: 'day', sign: 1, words: 'two days after' })?.value).toBe(
      '2009-06-27',
    );
    expect(offsetTime(june25, { count: 1, unit: 'week', sign: -1, words: 'a week before' })?.value).toBe(
      '2009-06-18',
    );
    const months = offsetTime(june, { count: 4, unit: 'month', sign: 1, words: 'four months after' });
    expect([months?.value, months?.start, months?.end]).toEqual(['2009-10', '2009-10-01', '2009-10-31']);
    expect(offsetTime(june, { count: 2, unit: 'day', sign: 1, words: 'two days after' })).toBeUndefined();
    // A month after the last day of a long month is the next month, not the one after.
    const jan31 = tag('on 31 January 2010', { reference: '2011-01-11' })[0]!;
    expect(offsetTime(jan31, { count: 1, unit: 'month', sign: 1, words: 'a month after' })?.value).toBe(
      '2010-02',
    );
  });
});
