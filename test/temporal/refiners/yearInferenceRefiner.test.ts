import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';
import { tagOne } from '../helpers.ts';

describe('yearInferenceRefiner (chrono issue #469), DCT 2013-09-21', () => {
  runCases('2013-09-21', [
    { text: 'The protests began on March 21.', surface: 'March 21', value: '2013-03-21', anchor: 'dct' },
    { text: 'The protests began on December 5.', surface: 'December 5', value: '2012-12-05' },
    { text: 'The summit will open on March 21.', surface: 'March 21', value: '2014-03-21' },
    { text: 'The dividend is payable Oct. 15.', surface: 'Oct. 15', value: '2013-10-15' },
    // "last May" is the latest May before the DCT's month: this year's when read in September.
    {
      text: 'The treaty was signed last May, officials said.',
      surface: 'last May',
      value: '2013-05',
      precision: 'month',
    },
    { text: 'The treaty was signed last October.', surface: 'last October', value: '2012-10' },
    { text: 'The treaty was signed last September.', surface: 'last September', value: '2012-09' },
    // A deadline takes the closest year whatever the verb's tense.
    { text: 'The offer was extended to Oct. 20.', surface: 'Oct. 20', value: '2013-10-20' },
    { text: 'The court said he must leave by Jan. 14.', surface: 'Jan. 14', value: '2014-01-14' },
    { text: 'It had bought 481,000 shares through Sept. 2.', surface: 'Sept. 2', value: '2013-09-02' },
    // A participle after "be" or a determiner is not the tense: "will be paid" is future.
    { text: 'The increased dividend will be paid Dec. 14.', surface: 'Dec. 14', value: '2013-12-14' },
    // A past-tense clause can report a plan for the coming month.
    { text: 'The accession was fixed for early October.', surface: 'early October', value: '2013-10' },
    { text: 'Talks resume next March.', surface: 'next March', value: '2014-03' },
    {
      text: 'Elections are expected in December.',
      surface: 'December',
      value: '2013-12',
      precision: 'month',
    },
  ]);

  it('records the year as implied and the month and day as known', () => {
    const hit = tagOne('He arrived on March 21.', '2013-09-21', 'March 21');
    expect(hit.known).toEqual({ month: 3, day: 21 });
    expect(hit.implied).toEqual({ year: 2013 });
    expect(hit.tags).toContain('PastLeaningYearRefiner');
  });
});

describe('yearInferenceRefiner, tense of the verb group, DCT 2013-10-30', () => {
  runCases('2013-10-30', [
    // "since" reports the past, even in a present-perfect clause.
    {
      text: 'Police have searched for him since shortly after the Nov. 23 slaying.',
      surface: 'Nov. 23',
      value: '2012-11-23',
    },
    {
      text: 'Since KKR bought RJR in February, it has agreed to sell assets.',
      surface: 'February',
      value: '2013-02',
    },
    // Present perfect reports the past; only a plain present reaches forward.
    {
      text: 'The stock has fluctuated sharply, rising to a high in June from $29.75 in March.',
      surface: 'March',
      value: '2013-03',
    },
    // An initial does not end the sentence: "will" governs the date.
    { text: 'Mr. Schwarz will succeed Daniel P. Davison Feb. 1.', surface: 'Feb. 1', value: '2014-02-01' },
    // "a still unspecified date": an adjective, not a past tense.
    {
      text: 'The split would be paid on a still unspecified date in January to holders of record Dec. 21.',
      surface: 'January',
      value: '2014-01',
    },
    {
      text: 'The split would be paid on a still unspecified date in January to holders of record Dec. 21.',
      surface: 'Dec. 21',
      value: '2013-12-21',
    },
  ]);
});

describe('yearInferenceRefiner: an infinitive of purpose after a past verb, DCT 2000-01-07', () => {
  runCases('2000-01-07', [
    {
      text: 'He subpoenaed 6-year-old Elian to testify before the committee on Feb. 10, so he remains.',
      surface: 'Feb. 10',
      value: '2000-02-10',
    },
    { text: 'He was ordered to appear in court on March 20.', surface: 'March 20', value: '2000-03-20' },
    // "to" before a noun is no infinitive; a plain past verb still steps back.
    { text: 'He returned to power on March 3.', surface: 'March 3', value: '1999-03-03' },
    { text: 'He testified on Feb. 10.', surface: 'Feb. 10', value: '1999-02-10' },
    { text: 'He flew to Washington to testify on March 10.', surface: 'March 10', value: '1999-03-10' },
    { text: 'He refused to testify at the hearing on Feb. 20.', surface: 'Feb. 20', value: '1999-02-20' },
    // Past the horizon (a season ahead), the past tense wins again.
    { text: 'He was ordered to appear in court on June 20.', surface: 'June 20', value: '1999-06-20' },
  ]);
});

describe('yearInferenceRefiner, "since MONTH" after the text named that month a year back, DCT 2012-04-09', () => {
  it('takes the year the story last wrote with the month, not the one a month before publication', () => {
    const text =
      'The protests erupted in March 2011. In the few public statements he has made since March, he has offered some concessions.';
    expect(tagOne(text, '2012-04-09', 'March').value).toBe('2011-03');
  });

  it('keeps the nearest March with no such mention, or when the story last named this year', () => {
    expect(tagOne('Shares have fallen 20% since March.', '2012-04-09', 'March').value).toBe('2012-03');
    const later =
      'The protests erupted in March 2011. In March 2012, Annan came. Shares have fallen since March.';
    const hits = tag(later, { reference: '2012-04-09' }).filter((t) => t.text === 'March');
    expect(hits.map((t) => t.value)).toEqual(['2012-03']);
    // Not a bare month without "since": "in March" is read from publication as before.
    const bare = 'The protests erupted in March 2011. The envoy came to Damascus in March.';
    expect(tag(bare, { reference: '2012-04-09' }).find((t) => t.text === 'March')?.value).toBe('2012-03');
  });
});

describe('yearInferenceRefiner, a day the text wrote out with its year before, DCT 2011-11-30', () => {
  it('takes that year for the same day named again without one', () => {
    const text =
      'Jackson died on 25 June 2009 at his home. In October, Dr Murray said that on the night of 25 June he injected Jackson.';
    const hits = tag(text, { reference: '2011-11-30' }).filter((t) => t.text === '25 June');
    expect(hits.map((t) => t.value)).toEqual(['2009-06-25']);
    expect(hits[0]?.explanation).toMatch(/the text wrote with that day/);
  });

  it('leaves a day the text gave two years, another day of that month, and a day named with no year before', () => {
    const both = 'Jackson died on 25 June 2009. Fans gathered on 25 June 2010. On 25 June he was sedated.';
    expect(tag(both, { reference: '2011-11-30' }).find((t) => t.text === '25 June')?.value).toBe(
      '2011-06-25',
    );
    const text = 'Jackson died on 25 June 2009. The jury met on 26 June.';
    expect(tag(text, { reference: '2011-11-30' }).find((t) => t.text === '26 June')?.value).toBe(
      '2011-06-26',
    );
    expect(tagOne('The jury met on 25 June.', '2011-11-30', '25 June').value).toBe('2011-06-25');
  });
});

describe('yearInferenceRefiner, a directive with "should" and a scheduled verb, DCT 2011-01-25', () => {
  it('keeps the coming month of the plan after a past verb', () => {
    const text = 'A judge ordered Dr Conrad Murray should stand trial in March over the death.';
    expect(tagOne(text, '2011-01-25', 'March').value).toBe('2011-03');
  });
});

describe('yearInferenceRefiner: a month-day naming a happening in a future clause, DCT 2010-07-30', () => {
  runCases('2010-07-30', [
    {
      text: 'The final report on the blowout of the Macondo well on April 20 is due in January.',
      surface: 'April 20',
      value: '2010-04-20',
    },
    {
      text: 'The money will go toward a study of the effects of the April 20 oil rig explosion.',
      surface: 'April 20',
      value: '2010-04-20',
    },
    {
      text: 'Vidrine, who was in charge at the time of its explosion, on 20 April, will not testify.',
      surface: '20 April',
      value: '2010-04-20',
    },
    // The future verb's own date still looks ahead.
    {
      text: 'The commission will publish its report on the blowout on April 20.',
      surface: 'April 20',
      value: '2011-04-20',
    },
    {
      text: 'On April 20, the commission will publish its report.',
      surface: 'April 20',
      value: '2011-04-20',
    },
    {
      text: 'Cuba will be added to the casualties of the April 20 Deepwater Horizon rig explosion.',
      surface: 'April 20',
      value: '2010-04-20',
    },
    // The determiner may open the sentence.
    { text: 'The April 20 explosion will be studied.', surface: 'April 20', value: '2010-04-20' },
    // A scheduled event named by the date is still ahead.
    { text: 'BP will miss the January 15 deadline.', surface: 'January 15', value: '2011-01-15' },
    { text: 'BP will miss the January 15 meeting.', surface: 'January 15', value: '2011-01-15' },
  ]);
  runCases('2010-09-20', [
    { text: 'He will speak at the February 3 session.', surface: 'February 3', value: '2011-02-03' },
  ]);
});

describe('yearInferenceRefiner: a day span naming a happening in a future clause, DCT 2011-12-10', () => {
  it("moves the span's end with its start", () => {
    const past = tag('The inquiry will study the March 1-2 attacks.', { reference: '2011-12-10' });
    expect(past.map((t) => t.value)).toEqual(['2011-03-01', '2011-03-02']);
    const ahead = tag('Leaders will gather in Brussels for the March 1-2 summit.', {
      reference: '2011-12-10',
    });
    expect(ahead.map((t) => t.value)).toEqual(['2012-03-01', '2012-03-02']);
  });
});
