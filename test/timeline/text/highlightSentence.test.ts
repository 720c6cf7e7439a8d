import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/model/chronology.ts';
import { bySentence, highlightSentence } from '../../../src/timeline/text/highlightSentence.ts';
import { sample } from '../fixture.ts';

const mention = (extra: Partial<Mention>): Mention => ({
  article: 'a',
  sentence: { start: 100, end: 140, text: 'Militants attacked the post on Friday.' },
  ...extra,
});

describe('highlightSentence', () => {
  it('marks the timex using article offsets shifted by the sentence start', () => {
    for (const e of sample.events) {
      for (const m of e.mentions) {
        const pieces = highlightSentence(m);
        expect(pieces.map((p) => p.text).join('')).toBe(m.sentence.text);
        expect(pieces.find((p) => p.mark === 'date')?.text ?? '').toBe(m.timex?.text ?? '');
      }
    }
  });

  it('marks the trigger beside the date, and every trigger of mentions sharing a sentence', () => {
    const a = mention({
      trigger: { start: 110, end: 118, text: 'attacked' },
      timex: { start: 131, end: 137, text: 'Friday', type: 'DATE', value: '2022-04-08' },
    });
    const b = mention({ trigger: { start: 100, end: 109, text: 'Militants' } });
    const pieces = highlightSentence([a, b]);
    expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.mark])).toEqual([
      ['Militants', 'trigger'],
      ['attacked', 'trigger'],
      ['Friday', 'date'],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(a.sentence.text);
    expect(bySentence([a, mention({ article: 'b' }), b])).toEqual([[a, b], [mention({ article: 'b' })]]);
  });

  it('does not highlight a span outside the sentence', () => {
    const m = {
      article: 'a',
      sentence: { start: 10, end: 15, text: 'Hello' },
      timex: { start: 2, end: 4, text: 'xx', type: 'DATE' as const, value: '2022' },
    };
    expect(highlightSentence(m)).toEqual([{ text: 'Hello' }]);
  });
});
