import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  intervalOf,
  orderEvents,
  overlaps,
  parseIsoInstant,
} from '../../src/chronology/order.ts';
import type { EventTime } from '../../src/model/chronology.ts';
import { PRECISIONS, type Precision } from '../../src/model/timex.ts';

type Ev = { id: string; when: EventTime };

function ev(id: string, start: string, end = start, precision: Precision = 'day'): Ev {
  return { id, when: { start, end, precision, value: start, approximate: false } };
}

const DAY = 86_400_000;

describe('parseIsoInstant', () => {
  it('reads dates as UTC midnight with a one-day unit', () => {
    expect(parseIsoInstant('2022-04-10')).toEqual({ ms: Date.UTC(2022, 3, 10), unit: DAY });
  });
  it('honours offsets and the unit the string names', () => {
    expect(parseIsoInstant('2022-04-10T10:30+04:30')).toEqual({
      ms: Date.UTC(2022, 3, 10, 6, 0),
      unit: 60_000,
    });
    expect(parseIsoInstant('2022-04-10T10:30:15Z')).toEqual({
      ms: Date.UTC(2022, 3, 10, 10, 30, 15),
      unit: 1000,
    });
    expect(parseIsoInstant('2022-04-10T10:30:15.250-0100')?.ms).toBe(Date.UTC(2022, 3, 10, 11, 30, 15, 250));
  });
  it('rejects impossible and malformed dates', () => {
    expect(parseIsoInstant('2022-02-30')).toBeUndefined();
    expect(parseIsoInstant('2022-13-01')).toBeUndefined();
    expect(parseIsoInstant('April 2022')).toBeUndefined();
    expect(parseIsoInstant('2022-04-10T25:00')).toBeUndefined();
  });
  it('keeps years below 100 literal', () => {
    expect(new Date(parseIsoInstant('0044-03-15')!.ms).getUTCFullYear()).toBe(44);
  });
});

describe('intervalOf', () => {
  it('extends an inclusive end date to the following midnight', () => {
    expect(intervalOf(ev('a', '2022-04-01', '2022-04-30', 'month'))).toEqual({
      start: Date.UTC(2022, 3, 1),
      end: Date.UTC(2022, 4, 1),
    });
  });
  it('extends a date-time end by the unit it names', () => {
    const i = intervalOf(ev('a', '2022-04-10T10:00Z', '2022-04-10T10:00Z', 'time'));
    expect(i.end - i.start).toBe(60_000);
  });
  it('clamps an end before the start to an empty interval', () => {
    const i = intervalOf(ev('a', '2022-04-10', '2022-04-01'));
    expect(i.end).toBe(i.start);
  });
});

describe('overlaps', () => {
  it('sees shared days of inclusive intervals', () => {
    expect(overlaps(ev('a', '2022-04-01', '2022-04-10'), ev('b', '2022-04-10', '2022-04-20'))).toBe(true);
    expect(overlaps(ev('a', '2022-04-01', '2022-04-09'), ev('b', '2022-04-10', '2022-04-20'))).toBe(false);
  });
  it('finds a time inside a day', () => {
    expect(overlaps(ev('a', '2022-04-10'), ev('b', '2022-04-10T23:59Z', '2022-04-10T23:59Z', 'time'))).toBe(
      true,
    );
    expect(overlaps(ev('a', '2022-04-10'), ev('b', '2022-04-11T00:00Z', '2022-04-11T00:00Z', 'time'))).toBe(
      false,
    );
  });
  it('is symmetric', () => {
    const a = ev('a', '2022-01-01', '2022-12-31', 'year');
    const b = ev('b', '2022-06-01');
    expect(overlaps(a, b)).toBe(overlaps(b, a));
  });
});

describe('compareEvents / orderEvents', () => {
  it('orders by start, then finer precision, then end, then id', () => {
    const month = ev('m', '2022-04-01', '2022-04-30', 'month');
    const day = ev('d', '2022-04-01', '2022-04-01', 'day');
    const week = ev('w', '2022-04-01', '2022-04-07', 'week');
    const earlier = ev('e', '2022-03-31');
    const twinB = ev('b', '2022-04-02');
    const twinA = ev('a', '2022-04-02');
    expect(orderEvents([month, twinB, week, day, twinA, earlier]).map((e) => e.id)).toEqual([
      'e',
      'd',
      'w',
      'm',
      'a',
      'b',
    ]);
  });
  it('puts vague events last even when their start is earliest', () => {
    const vague = ev('v', '2000-01-01', '2022-04-12', 'vague');
    const late = ev('l', '2022-04-11');
    expect(orderEvents([vague, late]).map((e) => e.id)).toEqual(['l', 'v']);
  });
  it('orders approximate events by their interval start', () => {
    const approx: Ev = {
      id: 'x',
      when: {
        start: '2022-04-05',
        end: '2022-04-12',
        precision: 'day',
        value: '2022-04-12',
        approximate: true,
      },
    };
    expect(orderEvents([ev('z', '2022-04-06'), approx]).map((e) => e.id)).toEqual(['x', 'z']);
  });
  it('compares an instant inside a day by its real time, across zones', () => {
    const kabulMorning = ev('k', '2022-04-10T07:00+04:30', '2022-04-10T07:00+04:30', 'time');
    const utcEarly = ev('u', '2022-04-10T03:00Z', '2022-04-10T03:00Z', 'time');
    expect(compareEvents(kabulMorning, utcEarly)).toBeLessThan(0);
  });
  it('does not mutate its input', () => {
    const input = [ev('b', '2022-04-02'), ev('a', '2022-04-01')];
    orderEvents(input);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

const precisions: readonly Precision[] = PRECISIONS;
const isoDay = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const arbEvent: fc.Arbitrary<Ev> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    start: isoDay,
    length: fc.integer({ min: 0, max: 400 }),
    precision: fc.constantFrom(...precisions),
    approximate: fc.boolean(),
  })
  .map(({ id, start, length, precision, approximate }) => {
    const end = new Date(Date.parse(`${start}T00:00Z`) + length * DAY).toISOString().slice(0, 10);
    return { id, when: { start, end, precision, value: start, approximate } };
  });

describe('ordering properties', () => {
  it('is antisymmetric and reflexive', () => {
    fc.assert(
      fc.property(arbEvent, arbEvent, (a, b) => {
        expect(Math.sign(compareEvents(a, b))).toBe(-Math.sign(compareEvents(b, a)) || 0);
        expect(compareEvents(a, a)).toBe(0);
      }),
    );
  });
  it('is transitive', () => {
    fc.assert(
      fc.property(arbEvent, arbEvent, arbEvent, (a, b, c) => {
        if (compareEvents(a, b) <= 0 && compareEvents(b, c) <= 0)
          expect(compareEvents(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('is total: only events with identical keys compare equal', () => {
    fc.assert(
      fc.property(arbEvent, arbEvent, (a, b) => {
        if (compareEvents(a, b) === 0) {
          expect([a.id, a.when.start, a.when.end, a.when.precision]).toEqual([
            b.id,
            b.when.start,
            b.when.end,
            b.when.precision,
          ]);
        }
      }),
    );
  });
  it('gives the same order whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 30 }), fc.integer(), (events, seed) => {
        const shuffled = [...events];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const key = (e: Ev) => JSON.stringify(e);
        expect(orderEvents(shuffled).map(key)).toEqual(orderEvents(events).map(key));
      }),
    );
  });
  it('agrees with compareEvents pairwise', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 20 }), (events) => {
        const ordered = orderEvents(events);
        for (let i = 1; i < ordered.length; i++) {
          expect(compareEvents(ordered[i - 1]!, ordered[i]!)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
