import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/events/entities/people.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { referentOfLast } from './referentOfLast.ts';

describe('middleInitial', () => {
  it("keys a given name, a middle initial and a surname as a man's, its fullest form whole", () => {
    const text = 'No one knows this better than Kenneth R. Feinberg. The firm W. R. Grace paid.';
    const people = findPeople(segmentSentences(text), () => false);
    const span = people.fullest.get('Feinberg');
    expect(span && text.slice(span.start, span.end)).toBe('Kenneth R. Feinberg');
    expect(people.gender.get('Feinberg')).toBe('male');
    // (No given name before the initials: no person's.)
    expect(people.fullest.get('Grace')).toBeUndefined();
  });

  it("gives a later 'he' the surname alone that such a name keys", () => {
    const text =
      'No one knows this better than Kenneth R. Feinberg. Feinberg flew to Mississippi on Friday. On Monday, he is scheduled to go to Houston.';
    expect(referentOfLast(text, 'He is scheduled to go to Houston', 'scheduled')?.name.text).toBe(
      'Kenneth R. Feinberg',
    );
  });
});
