import { describe, expect, it } from 'vitest';
import { titleDefects } from '../../../src/events/eval/titleDefects.ts';

// Titles and sentences as the extraction made them on Timeline17 (SyrianCrisis_bbc).
describe('verbless-complement', () => {
  it('finds a saying kept with its complement but not the complement’s verb', () => {
    const turkey = ' Earlier, Turkey said it may need UN help after a surge in refugee arrivals.';
    expect(titleDefects('Turkey said UN help after a surge in refugee arrivals', turkey)).toContain(
      'verbless-complement',
    );
    expect(
      titleDefects('Turkey said it may need UN help after a surge in refugee arrivals', turkey),
    ).not.toContain('verbless-complement');
    const cap = 'Admiral Thad Allen has said a containment cap placed on a blown-out well is working.';
    expect(
      titleDefects('Admiral Thad Allen has said a containment cap placed on a blown-out well', cap),
    ).toContain('verbless-complement');
  });

  it('passes a noun object and a saying at the end', () => {
    expect(
      titleDefects(
        'Israel confirmed one case of swine flu',
        'Israel confirmed one case of swine flu, and Spain said it had found a second.',
      ),
    ).not.toContain('verbless-complement');
    expect(
      titleDefects('Troops massed in Idlib, activists said', 'Troops massed in Idlib, activists said.'),
    ).not.toContain('verbless-complement');
  });

  it('reads the words told past a telling’s addressee, which the title may keep alone', () => {
    const capped = 'Mr Allen told reporters the well was capped.';
    expect(titleDefects('Mr Allen told reporters the well', capped)).toContain('verbless-complement');
    expect(titleDefects('Mr Allen told reporters', capped)).not.toContain('verbless-complement');
    expect(titleDefects('Mr Allen told reporters the well was capped', capped)).not.toContain(
      'verbless-complement',
    );
    const spill = 'BP told its shareholders the spill had cost $32bn.';
    expect(titleDefects('BP told its shareholders the spill', spill)).toContain('verbless-complement');
  });
});
