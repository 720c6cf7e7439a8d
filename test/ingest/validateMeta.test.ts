import { describe, expect, it } from 'vitest';
import { isIsoDate, validateMeta } from '../../src/ingest/validateMeta.ts';

describe('validateMeta', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });

  it('normalizes a date-time to its date and a Date object to its UTC date', () => {
    const line = () => 1;
    expect(validateMeta({ title: 't', published: '2022-04-12T23:00:00Z' }, 'f', line).fields?.published).toBe(
      '2022-04-12',
    );
    expect(
      validateMeta({ title: 't', published: new Date(Date.UTC(2022, 3, 12)) }, 'f', line).fields?.published,
    ).toBe('2022-04-12');
  });

  it('reports each bad field at its own line', () => {
    const lines: Record<string, number> = { title: 2, url: 5 };
    const { fields, errors } = validateMeta(
      { title: ['x'], url: 'ftp://x', published: '2022-01-01' },
      'f.md',
      (k) => lines[k] ?? 1,
    );
    expect(fields).toBeUndefined();
    expect(errors.map((e) => e.line)).toEqual([2, 2, 5]);
  });
});
