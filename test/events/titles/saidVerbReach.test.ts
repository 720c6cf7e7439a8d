import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('saidVerbReach', () => {
  it('runs words said past an aside after their "that" to their verb, the limit reaching it', () => {
    expect(
      cut(
        "The BBC's Jim Muir in neighbouring Lebanon says that, throughout the day, the International Committee of the Red Cross (ICRC) and Syrian Red Crescent officials had tried to negotiate another evacuation of seriously wounded people from Baba Amr.",
        'says',
        ['throughout the day'],
      ),
    ).toBe(
      "The BBC's Jim Muir in neighbouring Lebanon says the International Committee of the Red Cross and Syrian Red Crescent officials had tried to negotiate another evacuation",
    );
  });
});
