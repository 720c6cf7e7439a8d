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
