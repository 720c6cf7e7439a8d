import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatorSource } from '../../scripts/build-validator.ts';
import { salvageChronology, validateChronology } from '../../src/model/validateChronology.ts';

const sample = JSON.parse(
  readFileSync(new URL('../fixtures/chronology/sample.json', import.meta.url), 'utf8'),
) as { events: Record<string, unknown>[]; articles: Record<string, unknown>[] };

describe('salvageChronology', () => {
  it('keeps the valid events and articles of a partly invalid file and names each bad one', () => {
    const data = structuredClone(sample);
    (data.events[2]!.when as Record<string, unknown>).precision = 'fortnight';
    delete data.events[5]!.title;
    data.articles[1]!.published = 'last Tuesday';
    expect(validateChronology(data).ok).toBe(false);
    const s = salvageChronology(data)!;
    expect(s.chronology.events).toHaveLength(sample.events.length - 2);
    expect(s.chronology.articles.map((a) => a.id)).toEqual([sample.articles[0]!.id]);
    expect(s.dropped).toEqual({ events: 2, articles: 1, errors: 0 });
    expect(s.messages).toEqual([
      '/articles/1/published: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
      '/events/2/when/precision: must be equal to one of the allowed values',
      "/events/5: must have required property 'title'",
    ]);
    expect(validateChronology(s.chronology).ok).toBe(true);
  });

  it('gives up on a file whose top level is wrong', () => {
    expect(salvageChronology({ version: 2, articles: [], events: [] })).toBeUndefined();
    expect(salvageChronology([1, 2])).toBeUndefined();
    expect(salvageChronology({ version: 1, articles: [] })).toBeUndefined();
  });
});

describe('the precompiled validator', () => {
  it('matches the schema (run `npx tsx scripts/build-validator.ts` after changing it)', () => {
    const committed = readFileSync(
      new URL('../../src/model/chronologyValidators.generated.js', import.meta.url),
      'utf8',
    );
    expect(committed === validatorSource()).toBe(true);
  });
});
