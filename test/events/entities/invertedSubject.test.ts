import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

const TITLE = 'Its phalanx of lawyers stretched the reparation process';
const nameFor = (text: string) => referentOfLast(text, TITLE, 'stretched')?.name.text;

describe('invertedSubject', () => {
  it('takes the subject "so did" puts after its verb for a possessive after it', () => {
    expect(
      nameFor(
        'Litigation is growing. BP says they will pay for all legitimate claims but so did Exxon before its phalanx of lawyers stretched the reparation process.',
      ),
    ).toBe('Exxon');
  });

  it('leaves an object after a verb to the subject before it', () => {
    expect(
      nameFor(
        'Litigation is growing. BP says it will fight Exxon before its phalanx of lawyers stretched the reparation process.',
      ),
    ).toBe('BP');
  });
});
