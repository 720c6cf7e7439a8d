import { describe, expect, it } from 'vitest';
import { tag } from '../../src/temporal/tag.ts';
import { find, fixture } from './helpers.ts';

describe('tag — foundation acceptance (Badakhshan, DCT 2022-04-12)', () => {
  const text = fixture('2022-04-12-badakhshan.md');
  const results = tag(text, { reference: '2022-04-12' });

  it('reads "the day before yesterday" after "Since" as 10 April, with "Since" outside', () => {
    const hit = find(results, 'the day before yesterday');
    expect(hit?.value).toBe('2022-04-10');
    expect(text.slice((hit?.start ?? 0) - 6, hit?.start)).toBe('Since ');
  });

  it('reads "Yesterday" and the possessive "yesterday\'s" as 11 April', () => {
    expect(find(results, 'Yesterday')?.value).toBe('2022-04-11');
    const possessive = results.find((r) => text.slice(r.start, r.end + 2) === "yesterday's");
    expect(possessive?.value).toBe('2022-04-11');
  });

  it('puts "March 25" in 2022 and says the year was implied', () => {
    const hit = find(results, 'March 25');
    expect(hit).toMatchObject({ value: '2022-03-25', precision: 'day', known: { month: 3, day: 25 } });
    expect(hit?.implied).toEqual({ year: 2022 });
    expect(hit?.explanation).toContain('year 2022');
  });

  it('starts Ramadan 1443 on 2 April 2022', () => {
    const hit = results.find((r) => r.text.includes('Ramadan'));
    expect(hit?.range?.start).toBe('2022-04-02');
    expect(hit?.text).toMatch(/^the beginning of the holy month of Ramadan$/);
  });

  it('reads "months ago" as a vague past', () => {
    expect(find(results, 'months ago')).toMatchObject({ value: 'PAST_REF', precision: 'vague' });
  });

  it('never dates the rhetorical "today and tomorrow" to 13 April', () => {
    expect(results.some((r) => r.value.startsWith('2022-04-13'))).toBe(false);
  });

  it('reads "the past days" as a vague past and "weeks" (in "for weeks") as PXW', () => {
    expect(find(results, 'the past days')?.value).toMatch(/^(PAST_REF|PXD)$/);
    expect(find(results, 'weeks')).toMatchObject({ type: 'DURATION', value: 'PXW' });
  });
});

describe('tag — Balkhab (DCT 2022-06-26)', () => {
  it('reads "a week ago" as 19 June', () => {
    const results = tag(fixture('2022-06-26-balkhab.md'), { reference: '2022-06-26' });
    expect(find(results, 'a week ago')?.value).toBe('2022-06-19');
  });
});

describe('tag — result shape', () => {
  const text = 'Officials said on Friday that talks held March 3 to 5 in Geneva had failed.';
  const results = tag(text, { reference: '2013-03-22' });

  it('returns sorted, non-overlapping results whose text is the slice', () => {
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      expect(r?.text).toBe(text.slice(r?.start, r?.end));
      if (i > 0) expect(r?.start).toBeGreaterThanOrEqual(results[i - 1]?.end ?? 0);
    }
    expect(results.map((r) => r.text)).toEqual(['Friday', 'March 3', '5']);
  });

  it('tags every result with its parser and explains it', () => {
    for (const r of results) {
      expect(r.tags.length).toBeGreaterThan(0);
      expect(r.explanation).toContain(r.text);
    }
  });

  it('rejects a malformed reference', () => {
    expect(() => tag('today', { reference: '22/03/2013' })).toThrow(RangeError);
  });
});
