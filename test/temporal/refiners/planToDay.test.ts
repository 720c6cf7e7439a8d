import { describe, expect, it } from 'vitest';
import { planTenseOfDay } from '../../../src/temporal/refiners/planToDay.ts';
import { runCases } from '../cases.ts';

/** Whether the day modifies a plan's infinitive, however the plan is told. */
const at = (text: string, day: string) => planTenseOfDay(text, text.indexOf(day)) !== undefined;

describe('planTenseOfDay: a plan told in the past looks ahead when the coming day is the nearer (DCT Thursday 2010-06-03)', () => {
  runCases('2010-06-03', [
    {
      text: 'President Barack Obama planned to visit the Louisiana Gulf coast on Friday, the White House said.',
      surface: 'Friday',
      value: '2010-06-04',
    },
    {
      text: 'Obama intended to travel to Louisiana on Friday, aides said.',
      surface: 'Friday',
      value: '2010-06-04',
    },
    {
      text: 'He is expected to order on Friday strengthened inspections of rigs.',
      surface: 'Friday',
      value: '2010-06-04',
    },
    // The day of another clause's happening keeps the tense's reading.
    {
      text: 'Obama visited the Louisiana Gulf coast on Friday, his aides said.',
      surface: 'Friday',
      value: '2010-05-28',
    },
  ]);
});

describe('planTenseOfDay: which day modifies a plan', () => {
  it("reads the day of a plan's infinitive", () => {
    expect(at('The minister was scheduled to meet the envoy, Mr Annan, on Friday.', 'Friday')).toBe(true);
    expect(at('He planned to visit the damaged coast on Friday.', 'Friday')).toBe(true);
  });

  it('leaves a day of another clause or another happening', () => {
    expect(at('He planned to visit the coast, where he met fishermen on Friday.', 'Friday')).toBe(false);
    expect(at('He was due to go after officials said on Friday that it was safe.', 'Friday')).toBe(false);
    expect(at('The plan was set. On Friday he left.', 'Friday')).toBe(false);
    // A verb in the past between the plan and the day tells a happening of its own.
    expect(
      at('The company, which planned to list its shares, filed papers with regulators on Monday.', 'Monday'),
    ).toBe(false);
    expect(at('Obama planned to visit the coast and met fishermen on Friday.', 'Friday')).toBe(false);
    expect(at('Residents due to be evacuated, packed their cars on Tuesday.', 'Tuesday')).toBe(false);
    // "due to" a cause is no plan.
    expect(at('Flights were grounded due to heavy fog on Friday.', 'Friday')).toBe(false);
    expect(at('He plans to visit the gulf again, on Friday, and on Wednesday, aides met.', 'Wednesday')).toBe(
      false,
    );
  });
});

describe('planTenseOfDay: a plan told in the past takes the nearer day, one told in the present the coming one', () => {
  // Friday 9 September 2011.
  runCases('2011-09-09', [
    {
      text: 'The case was due to start on Thursday, but the jury took longer than expected to choose.',
      surface: 'Thursday',
      value: '2011-09-08',
    },
    {
      text: 'The ship was expected to begin collecting oil Thursday night or early Friday.',
      surface: 'Thursday night',
      value: '2011-09-08TNI',
    },
    { text: 'The case is due to start on Thursday.', surface: 'Thursday', value: '2011-09-15' },
    { text: 'The boxer was scheduled to return home on Sunday.', surface: 'Sunday', value: '2011-09-11' },
  ]);
});
