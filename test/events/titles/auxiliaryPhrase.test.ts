import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('phraseAfterAuxiliary', () => {
  it('keeps a phrase between an auxiliary and its verb in the verb group, the subject before it', () => {
    expect(cut('Iran has in principle accepted the proposal, a spokesman said.', 'accepted')).toBe(
      'Iran has in principle accepted the proposal',
    );
    expect(cut('The rebels were in effect forced out of the district.', 'forced')).toBe(
      'The rebels were in effect forced out of the district',
    );
  });

  it('leaves a place after "be" where it stands', () => {
    expect(cut('The bomb was in a car parked outside the hotel.', 'parked')).toBe(
      'A car parked outside the hotel',
    );
  });
});
