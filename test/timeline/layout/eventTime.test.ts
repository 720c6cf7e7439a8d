import { describe, expect, it } from 'vitest';
import {
  eventInterval,
  isOnOrBefore,
  isRange,
  isVague,
  parseIsoTime,
  reportingLagDays,
} from '../../../src/timeline/layout/eventTime.ts';
import { makeEvent, sample } from '../fixture.ts';

describe('eventTime', () => {
  it('reads dates and zone-less date-times as UTC', () => {
    expect(parseIsoTime('2022-04-10')).toBe(Date.UTC(2022, 3, 10));
    expect(parseIsoTime('2022-04-10T14:30')).toBe(Date.UTC(2022, 3, 10, 14, 30));
    expect(parseIsoTime('2022-04-10T14:30+02:00')).toBe(Date.UTC(2022, 3, 10, 12, 30));
  });

  it('makes an inclusive end date cover its whole day', () => {
    const iv = eventInterval(makeEvent('x', '2022-04-10'));
    expect(iv).toEqual({ start: Date.UTC(2022, 3, 10), end: Date.UTC(2022, 3, 11) });
    expect(isRange(makeEvent('x', '2022-04-10'))).toBe(false);
    expect(isRange(makeEvent('w', '2022-06-13', '2022-06-19'))).toBe(true);
  });

  it('classifies the sample events', () => {
    const byId = new Map(sample.events.map((e) => [e.id, e]));
    expect(isOnOrBefore(byId.get('e07')!)).toBe(true);
    expect(isOnOrBefore(byId.get('e04')!)).toBe(false);
    expect(isVague(byId.get('e08')!)).toBe(true);
    expect(reportingLagDays(byId.get('e04')!)).toBe(2);
    expect(reportingLagDays(byId.get('e10')!)).toBe(0);
    expect(reportingLagDays(byId.get('e13')!)).toBe(7);
  });
});
