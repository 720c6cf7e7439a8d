import { describe, expect, it } from 'vitest';
import {
  addDays,
  canAnchor,
  onOrBefore,
  reportedOn,
  timeFromTimex,
} from '../../../src/events/anchoring/eventTime.ts';
import type { TemporalExpression } from '../../../src/model/timex.ts';

const timex = (over: Partial<TemporalExpression>): TemporalExpression => ({
  start: 0,
  end: 5,
  text: 'x',
  type: 'DATE',
  value: '2022-04-10',
  precision: 'day',
  range: { start: '2022-04-10', end: '2022-04-10' },
  known: {},
  implied: {},
  anchor: 'dct',
  tags: [],
  explanation: '',
  ...over,
});

describe('eventTime', () => {
  it('does calendar arithmetic across months and leap days', () => {
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('lets dates anchor, not durations or sets', () => {
    expect(canAnchor(timex({}))).toBe(true);
    expect(canAnchor(timex({ type: 'DURATION', value: 'P3W', range: undefined }))).toBe(false);
    expect(canAnchor(timex({ type: 'SET', value: 'P1D' }))).toBe(false);
    expect(canAnchor(timex({ value: 'PAST_REF', precision: 'vague', range: undefined }))).toBe(true);
    // "now", "current": the time of writing, which dates nothing in the past.
    expect(canAnchor(timex({ value: 'PRESENT_REF', precision: 'vague', range: undefined }))).toBe(false);
  });
  it('stretches "since X" from X to publication', () => {
    expect(timeFromTimex(timex({}), '2022-04-12', true)).toMatchObject({
      start: '2022-04-10',
      end: '2022-04-12',
      mod: 'ON_OR_AFTER',
      approximate: false,
    });
  });
  it('draws a vague past reference as vague, not a day', () => {
    const t = timeFromTimex(
      timex({ value: 'PAST_REF', precision: 'vague', range: undefined }),
      '2022-04-12',
      false,
    );
    expect(t).toMatchObject({ precision: 'vague', end: '2022-04-12', approximate: true });
    expect(t.start < '2022-04-12').toBe(true);
  });
  it('places undated happenings on or before a date, with an open start', () => {
    expect(onOrBefore('2022-04-12', 'why')).toMatchObject({
      start: '2022-03-13',
      end: '2022-04-12',
      mod: 'ON_OR_BEFORE',
      approximate: true,
      value: '2022-04-12',
    });
    expect(reportedOn('2022-06-26')).toMatchObject({
      start: '2022-06-26',
      end: '2022-06-26',
      approximate: true,
    });
  });
});
