import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('relativeDayParser, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: "Such barriers make no sense in today's world.",
      surface: 'today',
      value: 'PRESENT_REF',
      precision: 'vague',
    },
    { text: "Today's vote was close.", surface: 'Today', value: '2013-03-22' },
    {
      text: "It is the very nature of today's globalised meat industry that is at fault.",
      surface: 'today',
      value: 'PRESENT_REF',
      precision: 'vague',
    },
    { text: "The cost was $5bn in today's dollars.", surface: 'today', value: 'PRESENT_REF' },
    { text: "Today's talks on world trade ended.", surface: 'Today', value: '2013-03-22' },
    { text: "Today's media briefing was cancelled.", surface: 'Today', value: '2013-03-22' },
    { text: "Today's technology stocks fell sharply.", surface: 'Today', value: '2013-03-22' },
    { text: "Today's televised debate was close.", surface: 'Today', value: '2013-03-22' },
    {
      text: 'The strike began yesterday.',
      surface: 'yesterday',
      value: '2013-03-21',
      type: 'DATE',
      precision: 'day',
      anchor: 'dct',
    },
    { text: 'Today the market fell.', surface: 'Today', value: '2013-03-22' },
    { text: 'Voting ends tomorrow.', surface: 'tomorrow', value: '2013-03-23' },
    { text: 'It rained the day before yesterday.', surface: 'the day before yesterday', value: '2013-03-20' },
    { text: 'It will rain the day after tomorrow.', surface: 'the day after tomorrow', value: '2013-03-24' },
    { text: "After yesterday's vote, he quit.", surface: 'yesterday', value: '2013-03-21' },
    { text: 'He will speak tonight.', surface: 'tonight', value: '2013-03-22TNI', type: 'TIME' },
    // A place or a people as they are now, not the day's happening.
    { text: "His rule covered most of today's Afghanistan.", surface: 'today', value: 'PRESENT_REF' },
    // (Only after "of": a capitalised name in or at the day is the day's happening or edition.)
    { text: "He spoke in today's Budget.", surface: 'today', value: '2013-03-22' },
    { text: "Crowds cheered at today's Olympics.", surface: 'today', value: '2013-03-22' },
    { text: "Today's League Cup final was close.", surface: 'Today', value: '2013-03-22' },
    { text: "The story is in today's Guardian.", surface: 'today', value: '2013-03-22' },
    // An apostrophe lost in scraping: "today s" is still the possessive.
    {
      text: 'His rule covered most of today s Afghanistan, set forth in edicts.',
      surface: 'today',
      value: 'PRESENT_REF',
    },
    { text: 'It was $5bn in today s money.', surface: 'today', value: 'PRESENT_REF' },
    { text: 'After yesterday s vote, he quit.', surface: 'yesterday', value: '2013-03-21' },
    // A capital "S" after the day word is no lost possessive.
    { text: 'Officials said today S Korea would reply.', surface: 'today', value: '2013-03-22' },
  ]);
});

describe('relativeDayParser, an age rather than a day', () => {
  const values = (text: string) => tag(text, { reference: '2000-01-07' }).map((r) => [r.text, r.value]);

  it('reads "today\'s youth" and "the people of tomorrow" as the present and the future', () => {
    expect(values("The case is for today's youth what the blockade was.")).toEqual([
      ['today', 'PRESENT_REF'],
    ]);
    expect(values('If I were choosing the people of tomorrow, I would choose them.')).toEqual([
      ['tomorrow', 'FUTURE_REF'],
    ]);
  });

  it('keeps a day when the noun is an event of that day', () => {
    expect(values("Today's meeting was cancelled.")).toEqual([['Today', '2000-01-07']]);
    expect(values("The leaders of tomorrow's summit arrived.")).toEqual([['tomorrow', '2000-01-08']]);
  });
});
