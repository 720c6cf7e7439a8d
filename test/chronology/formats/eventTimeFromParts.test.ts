import { describe, expect, it } from 'vitest';
import { eventTimeFromParts } from '../../../src/chronology/formats/eventTimeFromParts.ts';

describe('eventTimeFromParts', () => {
  it('expands a year or a month to its whole interval and precision', () => {
    expect(eventTimeFromParts({ start: '2024' })).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
      precision: 'year',
      value: '2024',
      approximate: false,
    });
    expect(eventTimeFromParts({ start: '2024-2' })).toMatchObject({
      start: '2024-02-01',
      end: '2024-02-29',
      precision: 'month',
    });
    expect(eventTimeFromParts({ start: '2023-02' })).toMatchObject({ end: '2023-02-28' });
  });
  it('keeps full dates and date-times, inferring day or time precision', () => {
    expect(eventTimeFromParts({ start: '2022-04-10' })).toMatchObject({
      start: '2022-04-10',
      end: '2022-04-10',
      precision: 'day',
    });
    expect(eventTimeFromParts({ start: '2022-04-10T09:15Z' })).toMatchObject({
      precision: 'time',
      end: '2022-04-10T09:15Z',
    });
  });
  it('takes given precision, value, approximate flag and mod, normalising case', () => {
    expect(
      eventTimeFromParts({
        start: '2022-04-11',
        end: '2022-04-17',
        precision: 'Week',
        value: '2022-W15',
        approximate: true,
        mod: 'approx',
      }),
    ).toEqual({
      start: '2022-04-11',
      end: '2022-04-17',
      precision: 'week',
      value: '2022-W15',
      approximate: true,
      mod: 'APPROX',
    });
  });
  it('accepts an end in the same unit as the start', () => {
    expect(eventTimeFromParts({ start: '2022-04-10T09:00Z', end: '2022-04-10T09:00Z' })).not.toBeTypeOf(
      'string',
    );
  });
  it('explains what is wrong instead of guessing', () => {
    expect(eventTimeFromParts({ start: '' })).toBe('missing start date');
    expect(eventTimeFromParts({ start: 'last week' })).toMatch(/start "last week" is not a date/);
    expect(eventTimeFromParts({ start: '2022-01-01', end: '2022-31-01' })).toMatch(
      /end "2022-31-01" is not a date/,
    );
    expect(eventTimeFromParts({ start: '2022-05', end: '2022-04' })).toMatch(
      /end 2022-04-30 is before start 2022-05-01/,
    );
    expect(eventTimeFromParts({ start: '2022', precision: 'fortnight' })).toMatch(
      /unknown precision "fortnight"/,
    );
    expect(eventTimeFromParts({ start: '2022', mod: 'SOMETIME' })).toMatch(/unknown mod/);
  });
});
