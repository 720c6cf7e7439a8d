import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('gappedRelative', () => {
  it("keeps the antecedent of a relative pronoun that fills a gap after the clause's verb", () => {
    expect(
      cut(
        'Experts are clearly concerned about the new swine flu virus which the World Health Organisation warned has the potential to cause a pandemic.',
        'warned',
      ),
    ).toBe(
      'The new swine flu virus the World Health Organisation warned has the potential to cause a pandemic',
    );
    expect(cut('The rebels seized the town, which the army had shelled for weeks.', 'shelled')).toBe(
      'The town the army had shelled for weeks',
    );
    expect(cut('He praised the work which his firm has done on the case.', 'done')).toBe(
      'The work his firm has done on the case',
    );
  });

  it('keeps the phrase an apposition before the pronoun renames', () => {
    expect(
      cut(
        'Israel also continues to occupy the Golan Heights, Syrian territory which it captured in 1967 and later annexed.',
        'captured',
        ['in 1967'],
      ),
    ).toBe('The Golan Heights it captured and later annexed');
  });

  it('keeps of an antecedent cut by a date only the words after the date', () => {
    const sentence =
      'Obama will not be at Arlington National Cemetery for the Memorial Day ceremony -- which he attended last year.';
    expect(cut(sentence, 'attended', ['for the Memorial Day', 'last year'])).toBe('Ceremony he attended');
    expect(cut(sentence, 'attended', ['Memorial Day', 'last year'])).toBe('The ceremony he attended');
  });

  it('leaves a "that" clause whose verb has its object, and a relative whose pronoun is its subject', () => {
    expect(cut('There were reports that the army killed 20 people.', 'killed')).toBe(
      'The army killed 20 people',
    );
    expect(cut('The rebels seized the town, which lies on the border.', 'lies')).toBe(
      'The town lies on the border',
    );
  });
});
