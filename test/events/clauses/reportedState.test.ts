import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { reportedState } from '../../../src/events/clauses/reportedState.ts';

describe('reportedState', () => {
  it('takes an impression or an absence opening the sentence, said or not', () => {
    expect(
      reportedState('It seemed inevitable that some of the oil would reach shore, a spokesman said.'),
    ).toBe(true);
    expect(reportedState('There was no sign of the plume, Hazen said.')).toBe(true);
    expect(reportedState('There were no immediate reports of injuries.')).toBe(true);
    expect(notAnEvent('There was no sign of the plume, Hazen said.')).toBe('a state');
  });

  it('leaves a happening, and a state the text dates', () => {
    expect(reportedState('It was hit by a wave, a spokesman said.')).toBe(false);
    // A hedge on a happening, with no impression's word of its own, stays.
    expect(reportedState('It appeared that gunmen had opened fire on the crowd, a witness said.')).toBe(
      false,
    );
    expect(reportedState('It seems to have been hit by a missile, a spokesman said.')).toBe(false);
    expect(reportedState('It looked to the court for relief.')).toBe(false);
    expect(reportedState('It appears to be over, officials said.')).toBe(true);
    expect(reportedState('There was an explosion on the rig, Hazen said.')).toBe(false);
    expect(notAnEvent('There was no sign of the plume on Monday, Hazen said.', 40)).toBeUndefined();
  });
});
