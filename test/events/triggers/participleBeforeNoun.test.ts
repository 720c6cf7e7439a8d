import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';

const spans = (text: string) => findTriggers(annotate(text).tokens).map((t) => text.slice(t.start, t.end));

describe('findTriggers: a participle between an article or a possessive and its noun', () => {
  it('takes no participle that describes the noun after it', () => {
    const patented =
      'The company was able to state the likelihood of H1N1 outbreaks based on its patented Replikin Count (TM) genomics technology.';
    expect(spans(patented)).not.toContain('patented');
    expect(spans(patented)).toContain('state');
  });

  it('keeps the verb of a clause', () => {
    expect(spans('The company patented the technology in 2004.')).toContain('patented');
  });
});

describe('findTriggers: a participle with its particle, or before a word the tagger misreads', () => {
  it('takes no participle inside the noun phrase a possessive opens, but one that heads the phrase', () => {
    expect(spans('BP has capped its blown out well and is preparing to seal it.')).not.toContain('blown');
    expect(spans('BP has capped its blown out well and is preparing to seal it.')).toContain('capped');
    expect(spans('Jackson died at his rented home in Los Angeles.')).not.toContain('rented');
    expect(spans('BP tried to stem the flow from its damaged offshore platform.')).not.toContain('damaged');
    expect(spans('The wounded were taken to hospital.')).toContain('taken');
    expect(spans('Engineers blew out the old cap on Monday.')).toContain('blew');
  });
});
