import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('pointAfterVerb', () => {
  it('keeps the "when" clause that tells what happened at a bare verb\'s date, not one of a bound', () => {
    expect(
      cut('The oil leak began more than a month ago, when a rig leased by BP exploded.', 'began', [
        'more than a month ago',
      ]),
    ).toBe('The oil leak began when a rig leased by BP exploded');
    expect(cut('The spill ran until July 15, when the well was capped.', 'ran', ['until July 15'])).toBe(
      'The spill ran',
    );
  });

  it('keeps the "but" clause that undoes a plan', () => {
    expect(
      cut(
        'The action film Wolverine was supposed to open last week but the premiere was canceled.',
        'supposed',
        ['last week'],
      ),
    ).toBe('The action film Wolverine was supposed to open but the premiere was canceled');
    expect(cut('Police arrested two men but troops killed three protesters.', 'arrested')).toBe(
      'Police arrested two men',
    );
  });
});
