import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('verbBeforeSubject', () => {
  it('titles a bare verb whose subject stands right after another verb by that verb', () => {
    // (The tagger reads "help" as a verb, "UN" as its subject.)
    expect(cut(' Earlier, Turkey said it may need UN help after a surge in refugee arrivals.', 'help')).toBe(
      'It may need UN help after a surge in refugee arrivals',
    );
  });

  it('leaves a subject after a verb of saying', () => {
    expect(cut('Activists said troops fire on protesters every day.', 'fire')).not.toMatch(/^Activists/);
  });
});
