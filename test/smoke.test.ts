import { describe, expect, it } from 'vitest';
import { validateChronology } from '../src/model/validateChronology.ts';

describe('x', () => {
  it('y', () => {
    expect(validateChronology({ version: 1, articles: [], events: [] }).ok).toBe(true);
    expect(validateChronology({ version: 1, articles: [], events: [{}] }).ok).toBe(false);
  });
});
