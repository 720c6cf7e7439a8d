import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('verbBeforeSubject', () => {
  it('titles a bare verb whose subject stands right after another verb by that verb', () => {
    // (The tagger reads "help" as a verb, "UN" as its subject.)
    expect(cut(' Earlier, Turkey said it may need UN help after a surge in refugee arrivals.', 'help')).toBe(
      'It may need UN help after a surge in refugee arrivals',
    );
  });

  it('leaves a subject after a verb of saying, whose clause has a subject of its own', () => {
    // (After a verb of seeing the subject found is its object: the verb before tells it.)
    expect(cut('Witnesses watched soldiers shoot at the crowd.', 'shoot')).toBe(
      'Witnesses watched soldiers shoot at the crowd',
    );
    expect(cut('Witnesses said soldiers shoot at the crowd.', 'shoot')).toBe('Soldiers shoot at the crowd');
  });
});
