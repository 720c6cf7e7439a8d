import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('finishPair', () => {
  it('gives a pair that the title ends in after its first half its second half', () => {
    expect(
      cut(
        "Yet, the weekend's league matches in both Guadalajara and San Luis were played behind closed doors.",
        'matches',
      ),
    ).toBe("The weekend's league matches in both Guadalajara and San Luis");
    expect(
      cut(
        'At the request of the parties, the settlement reached between BP and the other party was paid out.',
        'reached',
      ),
    ).toBe('The settlement reached between BP and the other party');
  });

  it('drops a pair of times, and leaves a phrase that goes on after its second half', () => {
    expect(
      cut('He had said the epidemic was in decline, having peaked between 23 and 28 April.', 'peaked', [
        '28 April',
      ]),
    ).toBe('Having peaked');
    expect(
      cut(
        'It could be something akin to the transition from the Soviet Union to the Russia of today.',
        'transition',
        ['today'],
      ),
    ).toBe('The transition from the Soviet Union');
  });
});
