import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';

const spans = (text: string) => findTriggers(annotate(text).tokens).map((t) => text.slice(t.start, t.end));

describe('namingAfterNoun', () => {
  it('takes no participle of naming whose name a relative clause without its pronoun follows', () => {
    const pump =
      'Engineers removed a device called a riser insertion tube the company has used to collect oil.';
    expect(spans(pump)).not.toContain('called');
    expect(spans(pump)).toContain('removed');
  });

  it("keeps one the noun's own verb follows, and the verb of a clause", () => {
    expect(spans('A ship called the Helix Producer has arrived at the site.')).toContain('called');
    expect(spans('The company called a meeting of its board.')).toContain('called');
    expect(spans('The council named a new envoy to Syria.')).toContain('named');
    expect(
      spans('Newspapers named the couple who tested positive for the illness as Iain and Dawn Askham.'),
    ).toContain('named');
  });
});
