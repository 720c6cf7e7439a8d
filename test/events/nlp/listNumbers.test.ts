import { describe, expect, it } from 'vitest';
import { trailingListNumber } from '../../../src/events/nlp/listNumbers.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const sentences = (text: string) => segmentSentences(text).map((s) => s.text);

describe('trailingListNumber', () => {
  it("leaves a graphic's step numbers out of the steps before them", () => {
    expect(
      sentences(
        'Flight path of the downed jet 1. The jet takes off from Malatya airbase at 10:28 local time (07:28 GMT), on 22 June 2. Syria says the jet enters its airspace at 11:40 (08:40 GMT) 3. The military loses contact with the plane at 11:58, while it is over the coast 4. Syria says its air defences engaged the aircraft near its coast.',
      ),
    ).toEqual([
      'Flight path of the downed jet',
      'The jet takes off from Malatya airbase at 10:28 local time (07:28 GMT), on 22 June',
      'Syria says the jet enters its airspace at 11:40 (08:40 GMT)',
      'The military loses contact with the plane at 11:58, while it is over the coast',
      'Syria says its air defences engaged the aircraft near its coast.',
    ]);
  });

  it('keeps a number that ends a sentence, alone or a quantity a word governs', () => {
    // No neighbouring item: "3." is the count of the sentence.
    expect(sentences('The number of dead rose overnight to a total of 3. Officials said so.')).toEqual([
      'The number of dead rose overnight to a total of 3.',
      'Officials said so.',
    ]);
    // Items 1 and 2 stand before, but "to 3." is a quantity.
    const text = 'Steps 1. Talks begin 2. Troops withdraw. The death toll rose to 3. Officials said so.';
    expect(trailingListNumber(text, text.indexOf('The death'), text.indexOf('Officials'))).toBe(-1);
    expect(trailingListNumber(text, text.indexOf('Talks'), text.indexOf('Troops'))).toBe(
      text.indexOf('2. Troops'),
    );
    // A capitalised word that ranks it: "Phase 2." is no item's number.
    const phases = 'Then Phase 1. Troops enter. Then Phase 2. Troops leave.';
    expect(trailingListNumber(phases, phases.indexOf('Then Phase 2'), phases.indexOf('Troops leave'))).toBe(
      -1,
    );
  });
});
