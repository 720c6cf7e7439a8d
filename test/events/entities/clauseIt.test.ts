import { describe, expect, it } from 'vitest';
import { clauseIt, impersonalIt } from '../../../src/events/entities/clauseIt.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** Whether the first "it" of the one sentence of `text` opens "it" + "be" + a verb. */
const opens = (text: string) => {
  const s = segmentSentences(text)[0]!;
  return clauseIt(
    s,
    s.tokens.findIndex((t) => t.text.toLowerCase() === 'it'),
  );
};

describe('clauseIt', () => {
  it("takes 'it' + 'be' + a verb, past an adverb", () => {
    expect(opens('The ceasefire collapsed soon after it was brokered in March.')).toBe(true);
    expect(opens('The virus spread after it was first detected in Mexico.')).toBe(true);
  });

  it("leaves impersonal passives, a verb before 'that' or 'to', and 'it' + 'be' + no verb", () => {
    expect(opens('On Monday it was confirmed a child had tested positive.')).toBe(false);
    expect(opens('Later it was decided that the school would close.')).toBe(false);
    expect(opens('The dome left port and it was scheduled to arrive on Thursday.')).toBe(false);
    expect(opens('The rig sank and it was the worst spill in years.')).toBe(false);
  });

  it("tells an impersonal passive past auxiliaries ('it has been reported that'), not a thing's passive", () => {
    const impersonal = (text: string) => {
      const s = segmentSentences(text)[0]!;
      return impersonalIt(
        s,
        s.tokens.findIndex((t) => t.text.toLowerCase() === 'it'),
      );
    };
    expect(
      impersonal('The children stayed home although it has been reported that one will attend school.'),
    ).toBe(true);
    expect(impersonal('It will be announced on Monday.')).toBe(true);
    expect(impersonal('The well leaked until it had been capped in July.')).toBe(false);
    expect(impersonal('It has reported a loss.')).toBe(false);
  });

  it("tells 'it' + 'take' + a time + 'to' and a verb, not 'it took over' nor 'it takes a toll'", () => {
    const impersonal = (text: string) => {
      const s = segmentSentences(text)[0]!;
      return impersonalIt(
        s,
        s.tokens.findIndex((t) => t.text.toLowerCase() === 'it'),
      );
    };
    expect(impersonal('But it could take up to three months to drill relief wells, Mr Salazar warned.')).toBe(
      true,
    );
    expect(impersonal('It will take weeks to clean the beaches.')).toBe(true);
    expect(impersonal('It took over the claims process on August 23.')).toBe(false);
    expect(impersonal('It took a heavy toll on the fishermen, who want to sue.')).toBe(false);
  });
});
