import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/events/entities/people.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { referentOfLast } from './referentOfLast.ts';

describe('isOfficerTitle', () => {
  it("keys a name after a company officer's title as a person's, inside its name or before it", () => {
    for (const text of [
      "BP's chief executive Tony Hayward met the prince.",
      'CEO Tony Hayward met the prince.',
      'BP boss Tony Hayward met the prince.',
    ]) {
      const span = findPeople(segmentSentences(text), () => false).fullest.get('Hayward');
      expect(span && text.slice(span.start, span.end)).toBe('Tony Hayward');
    }
  });

  it("gives a later 'he' the surname alone after such a name", () => {
    const text =
      "BP's chief executive Tony Hayward met with Abu Dhabi's crown prince on Wednesday. Hayward is looking to shore up BP's standing with investors. In recent visits to Russia, he reaffirmed the company's commitment to exploration.";
    expect(referentOfLast(text, 'He reaffirmed the company commitment', 'reaffirmed')?.name.text).toBe(
      'Tony Hayward',
    );
  });

  it("takes a capitalised 'Executive' inside a name for the name's own word, no title", () => {
    for (const [text, not] of [
      ['Staff met in the Eisenhower Executive Office Building on Monday.', 'Building'],
      ['The president signed Executive Order 13543 on Friday.', 'Order'],
      ['The Executive Council of Delaware met on Friday.', 'Delaware'],
    ] as const) {
      const people = findPeople(segmentSentences(text), () => false).fullest;
      expect([...people.keys()]).not.toContain(not);
    }
    const text = 'Chief Executive Officer Tony Hayward met the prince.';
    const span = findPeople(segmentSentences(text), () => false).fullest.get('Hayward');
    expect(span ? text.slice(span.start, span.end) : '').not.toMatch(/^Officer/);
  });
});
