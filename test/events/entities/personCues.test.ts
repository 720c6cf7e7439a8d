import { describe, expect, it } from 'vitest';
import { agrees, speaksAsI } from '../../../src/events/entities/personCues.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

describe('personCues', () => {
  it("lets 'he' take a man or a person of either sex, 'it' only a thing", () => {
    expect(agrees('male', 'person')).toBe(true);
    expect(agrees('female', 'male')).toBe(false);
    expect(agrees('thing', 'person')).toBe(false);
  });

  it('tells a writer speaking as I from words quoted', () => {
    const [mine] = segmentSentences('I am searching for information on my great grandad Evan Davies.');
    expect(speaksAsI(mine!)).toBe(true);
    const [quoted] = segmentSentences(
      '"We have a potential problem here," the employee told three colleagues.',
    );
    expect(speaksAsI(quoted!)).toBe(false);
  });
});
