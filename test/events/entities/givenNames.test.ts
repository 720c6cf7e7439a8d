import { describe, expect, it } from 'vitest';
import { givenNameSex } from '../../../src/events/entities/givenNames.ts';

describe('givenNameSex', () => {
  it("tells a man's or a woman's given name, and none of a name of either or unknown", () => {
    expect(givenNameSex('Derek')).toBe('male');
    expect(givenNameSex('Jane')).toBe('female');
    expect(givenNameSex('Alex')).toBeUndefined();
    expect(givenNameSex('Jovenel')).toBeUndefined();
    expect(givenNameSex('derek')).toBeUndefined();
  });
});
