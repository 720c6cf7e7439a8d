import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, isEventType } from '../../../src/chronology/formats/isEventType.ts';

describe('isEventType', () => {
  it('accepts exactly the model types', () => {
    expect(EVENT_TYPES.every(isEventType)).toBe(true);
    expect(isEventType('coup')).toBe(false);
    expect(isEventType('Battle')).toBe(false);
    expect(isEventType('')).toBe(false);
  });
});
