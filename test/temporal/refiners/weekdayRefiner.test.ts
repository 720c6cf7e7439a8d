import { describe, expect, it } from 'vitest';
import { runCases } from '../cases.ts';
import { tagOne } from '../helpers.ts';

describe('weekdayRefiner, DCT Wednesday 2013-03-20', () => {
  runCases('2013-03-20', [
    { text: 'Rebels attacked the town on Friday.', surface: 'Friday', value: '2013-03-15' },
    { text: 'The president said Wednesday that he would stay.', surface: 'Wednesday', value: '2013-03-20' },
    { text: 'The minister will visit on Friday.', surface: 'Friday', value: '2013-03-22' },
    { text: 'They met last Monday.', surface: 'last Monday', value: '2013-03-18' },
    { text: 'They meet next Monday.', surface: 'next Monday', value: '2013-03-25' },
    // A forecast's day after "could", "may", "should" is the coming one.
    {
      text: 'Forecasters say the storm could reach the spill area by early on Saturday.',
      surface: 'Saturday',
      value: '2013-03-23',
    },
    { text: 'The whole structure may be operating Monday.', surface: 'Monday', value: '2013-03-25' },
    { text: 'Officials could not be reached for comment on Monday.', surface: 'Monday', value: '2013-03-18' },
    // "since" the weekday of publication: a count since that very day would be empty, so a week before.
    { text: 'Of those, 350 were brought in since Wednesday.', surface: 'Wednesday', value: '2013-03-13' },
    { text: 'Prices have risen since Monday.', surface: 'Monday', value: '2013-03-18' },
    // (A "last Thursday" names its week: it tells nothing of when the story was written.)
    {
      text: 'He was arrested last Thursday. 350 were brought in since Wednesday.',
      surface: 'Wednesday',
      value: '2013-03-13',
    },
    // A story that tells the next day as past was written after its stamp: "since Wednesday" is the stamp's.
    {
      text: 'The president arrived Thursday. Mud has been pumped into the well since Wednesday.',
      surface: 'Wednesday',
      value: '2013-03-20',
    },
    {
      text: 'Prices have risen since Wednesday morning.',
      surface: 'Wednesday morning',
      value: '2013-03-20TMO',
    },
    // A week named after the day, or after the days joined to it, holds the day, whatever the tense.
    { text: 'She attended school on Monday to Friday last week.', surface: 'Monday', value: '2013-03-11' },
    {
      text: 'She attended school on Monday to Friday last week.',
      surface: 'Friday last week',
      value: '2013-03-15',
    },
    { text: 'The vote is on Thursday next week.', surface: 'Thursday next week', value: '2013-03-28' },
    { text: 'They met on Tuesday and Thursday last week.', surface: 'Tuesday', value: '2013-03-12' },
    // Not a week that belongs to another phrase.
    {
      text: "He spoke on Monday, last week's figures in hand.",
      surface: 'Monday, last week',
      value: '2013-03-18',
    },
    // A possessive weekday reports a past day even in a future clause.
    {
      text: 'They said they would appeal Monday’s ruling.',
      surface: 'Monday',
      value: '2013-03-18',
    },
    // A possessive day a phrase looks ahead to is the coming one; from a past clause, the nearer.
    // So is the day's happening a plan will take place at.
    {
      text: "They plan to present their ultimatum at Friday's conference.",
      surface: 'Friday',
      value: '2013-03-22',
    },
    {
      text: "Arab foreign ministers have been holding talks ahead of Friday's meeting.",
      surface: 'Friday',
      value: '2013-03-22',
    },
    {
      text: 'Ministers were holding talks ahead of a meeting of the Arab League on Friday.',
      surface: 'Friday',
      value: '2013-03-22',
    },
    {
      text: 'Ahead of congressional hearings on Tuesday and Friday, lawmakers released a letter.',
      surface: 'Friday',
      value: '2013-03-22',
    },
    { text: "Sunday's vote is expected to be close.", surface: 'Sunday', value: '2013-03-24' },
    { text: "Ministers met on Monday before Tuesday's vote.", surface: 'Tuesday', value: '2013-03-19' },
    { text: "Ministers met on Monday before Thursday's vote.", surface: 'Thursday', value: '2013-03-21' },
    // The present progressive of news tells a plan; a participle or an "after" clause keeps its own past day.
    {
      text: 'They are sending their foreign minister, Sergei Lavrov, to Damascus on Friday.',
      surface: 'Friday',
      value: '2013-03-22',
    },
    { text: 'A federal panel is meeting Thursday in Boise.', surface: 'Thursday', value: '2013-03-21' },
    {
      text: 'Troops are continuing an assault, begun on Friday, on the town.',
      surface: 'Friday',
      value: '2013-03-15',
    },
    {
      text: 'BP is boosting its effort after activating a new system on Monday.',
      surface: 'Monday',
      value: '2013-03-18',
    },
    // An expectation or a deadline lies ahead.
    { text: 'The father could arrive as early as Friday.', surface: 'Friday', value: '2013-03-22' },
    {
      text: 'The agency has given them until 9 a.m. Friday.',
      surface: '9 a.m. Friday',
      value: '2013-03-22T09:00',
    },
    // A clock time with a weekday keeps both.
    {
      text: 'Talks broke off at 10 p.m. Monday.',
      surface: '10 p.m. Monday',
      value: '2013-03-18T22:00',
      type: 'TIME',
    },
    // The verb group decides: past perfect beats a plan, a plan beats its auxiliary's tense.
    { text: 'The offer had been due to expire Friday.', surface: 'Friday', value: '2013-03-15' },
    { text: 'The sale is scheduled to close Monday.', surface: 'Monday', value: '2013-03-25' },
    {
      text: 'Arafat and Netanyahu meet separately Monday with Albright.',
      surface: 'Monday',
      value: '2013-03-25',
    },
    {
      text: 'On Friday, the government planned to pay the first claims.',
      surface: 'Friday',
      value: '2013-03-15',
    },
    {
      text: 'Protesters planned a large demonstration on Saturday and were planning to drive to the airport.',
      surface: 'Saturday',
      value: '2013-03-23',
    },
    // A postponement sets a day ahead even in the past tense; a plain "until" in the past does not.
    {
      text: 'Officials postponed until Tuesday any action on the case.',
      surface: 'Tuesday',
      value: '2013-03-26',
    },
    { text: 'He stayed in hospital until Tuesday.', surface: 'Tuesday', value: '2013-03-19' },
    { text: 'The exhibition runs through Sunday.', surface: 'Sunday', value: '2013-03-24' },
    // The verb inside the quotation, not the reporting verb outside it.
    { text: "``My father will leave on Thursday,'' he said.", surface: 'Thursday', value: '2013-03-21' },
    // "United" is a name, not a past participle: "would" sets the tense.
    {
      text: 'He said he would travel to the United States Friday.',
      surface: 'Friday',
      value: '2013-03-22',
    },
  ]);
});

describe('weekdayRefiner, a weekday after "on a", DCT Tuesday 2010-07-27', () => {
  it('reads "on a Saturday night" in a habit as a SET, every week', () => {
    const habit = tagOne(
      "Artie's Sports Bar normally employs 16 bartenders who pocket $250 in tips on a Saturday night.",
      '2010-07-27',
      'Saturday night',
    );
    expect(habit).toMatchObject({ type: 'SET', value: 'XXXX-WXX-6TNI' });
    // (A preposition after the day is no noun it modifies.)
    const inJuly = tagOne(
      'The bar normally employs 16 bartenders on a Saturday in July.',
      '2010-07-27',
      'Saturday',
    );
    expect(inJuly).toMatchObject({ type: 'SET' });
    expect(habit.range).toBeUndefined();
    expect(tagOne('The shop is closed on a Sunday.', '2010-07-27', 'Sunday')).toMatchObject({ type: 'SET' });
  });

  it('places a narrated "on a Tuesday night", a weekday modifying a noun, and a bare "on Saturday"', () => {
    const narrated = 'They came to a gymnasium on a Tuesday night in Plaquemines.';
    expect(tagOne(narrated, '2010-07-27', 'Tuesday night').value).toBe('2010-07-27TNI');
    const call = 'Kent Wells said on a Friday evening conference call that engineers are monitoring.';
    expect(tagOne(call, '2010-07-27', 'Friday evening').value).toBe('2010-07-23TEV');
    const service = 'About 500 people attended a Sunday night memorial service.';
    expect(tagOne(service, '2010-07-27', 'Sunday night').value).toBe('2010-07-25TNI');
    expect(tagOne('He left on Saturday.', '2010-07-27', 'Saturday').value).toBe('2010-07-24');
  });
});
