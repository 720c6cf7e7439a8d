import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('openingNounSubject (through deletionTitle)', () => {
  it("takes an article's noun phrase past a chain of asides, or the name in apposition to it", () => {
    expect(cut('The woman, 38, from Carnwadric, Glasgow, died in hospital.', 'died')).toMatch(
      /^The woman died/,
    );
    expect(
      cut('The victim, Jacqui Fleming, 38, from Carnwadric, Glasgow, died in hospital.', 'died'),
    ).toMatch(/^Jacqui Fleming died/);
    // (Not a participle set off before the clause's own verb, nor the last of joined heads.)
    expect(
      cut('The draft, proposed by the UK, France and Germany, threatens sanctions.', 'proposed'),
    ).not.toMatch(/^The draft/);
    expect(
      cut('Johnson and the chief medical officer, Sir Liam Donaldson, will give an update.', 'give'),
    ).not.toMatch(/^Sir Liam Donaldson/);
  });

  it("keeps the opening phrase's preposition when the walk back from the verb reaches it, not when it stops inside", () => {
    expect(cut('Pupils at Welford primary in Handsworth, Birmingham, began feeling ill.', 'began')).toMatch(
      /^Pupils at Welford primary in Handsworth began feeling ill/,
    );
    expect(
      cut(
        "Scientists at the HPA's research lab near Potters Bar in Hertfordshire, one of a network of laboratories, have produced a hybrid strain.",
        'produced',
      ),
    ).toMatch(/^Scientists .*have produced a hybrid strain/);
  });
});
