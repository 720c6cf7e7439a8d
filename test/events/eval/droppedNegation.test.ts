import { describe, expect, it } from 'vitest';
import { titleDefects } from '../../../src/events/eval/titleDefects.ts';

// Titles and sentences as the extraction made them on Timeline17 (SyrianCrisis_bbc, H1N1_bbc,
// bpoil_guardian) or of their kind.
describe('dropped-negation', () => {
  it('finds a kept verb whose negation or modal the title left out', () => {
    const turkey = 'Turkey said it would not close its doors to those seeking refuge.';
    expect(titleDefects('Turkey said close its doors to those seeking refuge', turkey)).toContain(
      'dropped-negation',
    );
    expect(titleDefects('Turkey said it would close its doors to those seeking refuge', turkey)).toContain(
      'dropped-negation',
    );
    expect(titleDefects('Close from the end', 'The school will close from the end of Monday.')).toContain(
      'dropped-negation',
    );
    expect(
      titleDefects('The rig never reopened', 'The rig, which was damaged in the storm, never reopened.'),
    ).not.toContain('dropped-negation');
    expect(titleDefects('BP stopped the leak', 'BP has no longer stopped the leak.')).toContain(
      'dropped-negation',
    );
  });

  it('passes a title that keeps the whole group, or drops only a plain auxiliary or adverb', () => {
    const turkey = 'Turkey said it would not close its doors to those seeking refuge.';
    expect(
      titleDefects('Turkey said it would not close its doors to those seeking refuge', turkey),
    ).not.toContain('dropped-negation');
    expect(titleDefects('The company paid the fine', 'The company has finally paid the fine.')).not.toContain(
      'dropped-negation',
    );
  });
});
