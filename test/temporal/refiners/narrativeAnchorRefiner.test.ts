import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';
import { tagOne } from '../helpers.ts';

describe('narrativeAnchorRefiner, DCT 2013-03-22', () => {
  runCases('2013-03-22', [
    {
      text: 'The fighting began on March 3. Two days later the town fell.',
      surface: 'Two days later',
      value: '2013-03-05',
    },
    {
      text: 'He was elected in 2009. That year the war ended.',
      surface: 'That year',
      value: '2009',
      anchor: 'narrative',
    },
    {
      text: 'The siege began on June 3, 2011. Two days later it ended.',
      surface: 'Two days later',
      value: '2011-06-05',
      anchor: 'narrative',
    },
    {
      text: 'He was elected in 2008. That year the crisis hit.',
      surface: 'That year',
      value: '2008',
      anchor: 'narrative',
    },
    {
      // A day and month before "that year" take the year named before them, not publication's.
      text: 'She last saw him in April 2009. He died on 25 June that year, a death ruled a homicide.',
      surface: '25 June that year',
      value: '2009-06-25',
      anchor: 'narrative',
    },
    {
      text: 'She last saw him in April 2009. He died on 25 June that year. That year ended badly.',
      surface: 'That year',
      value: '2009',
    },
    {
      // The date before has no year written ("On 3 May" took publication's): none to give.
      text: 'She last saw him in April 2009. On 3 May he called. He died on 25 June that year.',
      surface: '25 June',
      value: '2013-06-25',
    },
    {
      // With no year named before, the day keeps publication's year and "that year" stands alone.
      text: 'He died on 25 June that year.',
      surface: '25 June',
      value: '2013-06-25',
    },
    {
      text: 'He was elected in 2008. The following year he resigned.',
      surface: 'The following year',
      value: '2009',
    },
    {
      text: 'Profit in the third quarter rose 5% from the year-earlier period.',
      surface: 'the year-earlier period',
      value: '2011-Q3',
    },
    { text: 'Profit in the quarter rose.', surface: 'the quarter', value: '2012-Q4', anchor: 'dct' },
    { text: 'Two days later it ended.', surface: 'Two days later', value: '2013-03-24', anchor: 'dct' },
  ]);

  it('leaves a day the named year lacks where it was (no 29 February 2009) and rebuilds a month', () => {
    const text = 'She last saw him in April 2009. He died on 29 February that year.';
    expect(tagOne(text, '2012-03-22', '29 February').value).toBe('2012-02-29');
    const month = tagOne(
      'It began in May 2008. He died in February that year.',
      '2013-03-22',
      'February that year',
    );
    expect(month.value).toBe('2008-02');
    expect(month.range).toEqual({ start: '2008-02-01', end: '2008-02-29' });
  });

  it('does not count from a comparison point ("a year earlier" twice stays one year back)', () => {
    const results = tag(
      'Sales in the third quarter of 2012 rose from a year earlier. Net fell from $4 a year earlier.',
      { reference: '2013-03-22' },
    );
    expect(results.filter((r) => r.text === 'a year earlier').map((r) => r.value)).toEqual([
      '2011-Q3',
      '2011-Q3',
    ]);
  });

  // An anchor more than five sentences back is out of reach; the phrase counts from the DCT.
  runCases('2012-01-15', [
    {
      text: 'The revolution came in February 1979. A month later, US sanctions were imposed.',
      surface: 'A month later',
      value: '1979-03',
      anchor: 'narrative',
    },
    {
      text: 'The revolution came in February 1979.\n\nA month later, US sanctions were imposed.',
      surface: 'A month later',
      value: '1979-03',
      anchor: 'narrative',
    },
    {
      text: 'Iran has been hostile since February 1979. Protests spread. The economy shrank. Many fled. Oil output fell. Prices rose. A month later, US sanctions were imposed.',
      surface: 'A month later',
      value: '2012-02',
      anchor: 'dct',
    },
  ]);

  it('keeps a reported quarter as the anchor across a long earnings story', () => {
    const text =
      'Net income rose in the third quarter. Sales grew. Costs fell. Margins widened. Debt shrank. Orders rose. Profit was $2 million a year earlier.';
    expect(tagOne(text, '2013-10-22', 'a year earlier').value).toBe('2012-Q3');
  });

  it('leaves a story\'s next day told out of the writer\'s "tomorrow" undated, unless told in the future', () => {
    const narrated =
      'They hope the teams will return tomorrow. But as the sun rises the following day, the teams do not return.';
    expect(tag(narrated, { reference: '2013-03-22' }).map((t) => t.text)).toEqual(['tomorrow']);
    const planned = 'The teams will leave tomorrow and will return the following day.';
    expect(tag(planned, { reference: '2013-03-22' }).find((t) => t.text === 'the following day')?.value).toBe(
      '2013-03-24',
    );
  });

  it('names the anchor in the explanation', () => {
    const hit = tagOne(
      'The siege began on June 3, 2011. Two days later it ended.',
      '2013-03-22',
      'Two days later',
    );
    expect(hit.explanation).toContain('"June 3, 2011"');
    expect(hit.tags).toContain('NarrativeAnchorRefiner');
  });

  // "the day before <date>" steps the date; a clock time after a narrated day takes that day.
  runCases('2000-02-24', [
    {
      text: "The day before last Tuesday's hearing, Manuel went to Lazaro's home.",
      surface: 'The day before last Tuesday',
      value: '2000-02-21',
    },
    {
      text: 'They met the day after Feb. 10 in Miami.',
      surface: 'the day after Feb. 10',
      value: '2000-02-11',
    },
    {
      text: 'He arrived on Feb. 10. Two days later, at 10 a.m., he left.',
      surface: '10 a.m.',
      value: '2000-02-12T10:00',
      anchor: 'narrative',
    },
    {
      text: "The day before last Tuesday's hearing, he met Lazaro. He appeared in court the next morning.",
      surface: 'the next morning',
      value: '2000-02-22TMO',
    },
  ]);
});

describe('narrativeAnchorRefiner in earnings reports, DCT 1989-10-30', () => {
  runCases('1989-10-30', [
    {
      text: 'Net rose in the third quarter. For the nine months, net was $5 million, against $4 million a year earlier.',
      surface: 'a year earlier',
      value: '1988',
    },
    {
      text: 'Net rose in the third quarter to $5 million from $4 million a year earlier.',
      surface: 'a year earlier',
      value: '1988-Q3',
    },
  ]);
});

describe('narrativeAnchorRefiner with a coarse anchor, DCT 1999-02-06', () => {
  runCases('1999-02-06', [
    // The story gives the month, not the day: the day stays unknown rather than the 1st.
    {
      text: 'Slepian was killed in October 1998. That same day, police arrived.',
      surface: 'same day',
      value: '1998-10-XX',
      precision: 'month',
    },
    { text: 'He left on Oct. 3. That same day, police arrived.', surface: 'same day', value: '1998-10-03' },
    {
      text: 'In 1997, the firm lost money. Later in the month it cut jobs.',
      surface: 'the month',
      value: '1997-XX',
    },
    {
      text: 'It happened last week. That same day, the rebels struck.',
      surface: 'same day',
      value: '1999-W04',
    },
    // A week a "since" clause starts a state from is no time the story moves to: "the day" is the
    // day the story last named.
    {
      text: 'The admiral said Thursday the well held. Since a cap was installed last week, no oil has leaked. Earlier in the day, he said skimming worked.',
      surface: 'the day',
      value: '1999-02-04',
      precision: 'day',
    },
    // A month the story moves to is its own, even after a day.
    {
      text: 'He left on Thursday. He was killed last October. His name was crossed out that same day.',
      surface: 'same day',
      value: '1998-10-XX',
    },
  ]);
});
