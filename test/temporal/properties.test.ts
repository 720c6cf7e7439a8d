import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TemporalExpression } from '../../src/model/timex.ts';
import { epochDay, epochDayToIso } from '../../src/temporal/calendar/isoDate.ts';
import { isTimexValue } from '../../src/temporal/eval/timexValue.ts';
import { tag } from '../../src/temporal/tag.ts';

const reference = fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(2100, 12, 31) }).map(epochDayToIso);

/** Pieces that look like dates, times, durations or their lookalikes. */
const FRAGMENTS = [
  'March 3, 2012',
  '3/4/2012',
  '2012-03-04',
  'the 25th',
  '1990s',
  "'90s",
  '12:30',
  'p.m.',
  'last Friday',
  'next week',
  'two weeks ago',
  'yesterday',
  'today',
  'tonight',
  'this morning',
  'mid-2010',
  'early March',
  'in the spring',
  'Q3',
  'the third quarter',
  'fiscal 1998',
  'for three days',
  'every Monday',
  'Ramadan',
  'Eid al-Fitr',
  '1 Saratan 1401',
  'Theresa May',
  'AK-47',
  '24-hour',
  'Sunday Times',
  '2,000',
  '30 February',
  '31/31/31',
  '9999',
  '0000-00-00',
  'May',
  'the',
  'of',
  ',',
  '.',
  '-',
  '/',
  '\n',
  '👍',
  'é',
];

const dateLike = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '', ', ', '\n', ' and ', '-')), {
    maxLength: 14,
  })
  .map((parts) => parts.map(([fragment, sep]) => fragment + sep).join(''));

/** Any UTF-16 code units, lone surrogates included: article text is untrusted. */
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

const anyText = fc.oneof(dateLike, fc.string({ unit: 'binary' }), utf16, fc.string());

function checkInvariants(text: string, results: readonly TemporalExpression[]): void {
  let previousEnd = 0;
  for (const r of results) {
    expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
    expect(r.start).toBeGreaterThanOrEqual(previousEnd);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(r.type);
    expect(isTimexValue(r.value), `value ${r.value} of "${r.text}"`).toBe(true);
    if (r.range) expect(r.range.start <= r.range.end, `${r.range.start} > ${r.range.end}`).toBe(true);
    previousEnd = r.end;
  }
}

describe('tag properties', () => {
  it('never throws and returns sorted, non-overlapping spans with valid TIMEX3 values', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        checkInvariants(text, tag(text, { reference: ref }));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the invariants on date-like text at any reference date', () => {
    fc.assert(
      fc.property(dateLike, reference, (text, ref) => {
        checkInvariants(text, tag(text, { reference: ref }));
      }),
      { numRuns: 400 },
    );
  });

  it('gives identical output on repeated runs', () => {
    fc.assert(
      fc.property(dateLike, reference, (text, ref) => {
        expect(tag(text, { reference: ref })).toEqual(tag(text, { reference: ref }));
      }),
      { numRuns: 100 },
    );
  });
});
