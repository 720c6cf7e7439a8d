import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';

const spans = (text: string) => findTriggers(annotate(text).tokens).map((t) => text.slice(t.start, t.end));

describe('namingAfterNoun', () => {
  it('takes no participle of naming right after a noun whose verb follows the name', () => {
    const device = 'A device called a riser insertion tube has been used to collect some oil from the leak.';
    expect(spans(device)).not.toContain('called');
    expect(spans(device)).toContain('used');
    expect(spans('A man named Conrad Murray was arrested on Monday.')).not.toContain('named');
    expect(spans('A procedure known as a top kill will be tried.')).not.toContain('known');
  });

  it("gives the participle's score to the noun's verb", () => {
    const ship =
      'Then a 12-foot-long piece of equipment called a flange transition spool will be lowered over it.';
    expect(spans(ship)).not.toContain('called');
    expect(spans(ship)).toContain('lowered');
  });

  it('keeps the verb of a clause', () => {
    expect(spans('The company called a meeting of its board.')).toContain('called');
    expect(spans('The council named a new envoy to Syria.')).toContain('named');
    expect(spans('The group called the attack a massacre, the statement said.')).toContain('called');
  });
});
