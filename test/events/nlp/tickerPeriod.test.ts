import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { tickerPeriod } from '../../../src/events/nlp/tickerPeriod.ts';

const texts = (t: string) => segmentSentences(t).map((s) => s.text);

describe('tickerPeriod', () => {
  it('keeps a stock ticker inside its sentence', () => {
    expect(
      texts("France's Sanofi-Aventis (SASY. PA) is spending 350 million euros to build a site. It said so."),
    ).toEqual([
      "France's Sanofi-Aventis (SASY. PA) is spending 350 million euros to build a site.",
      'It said so.',
    ]);
    expect(texts('Sanofi-Aventis SASY.PA is spending 350 million euros.')).toEqual([
      'Sanofi-Aventis SASY.PA is spending 350 million euros.',
    ]);
  });

  it('takes only an exchange code after a glued period, not a run-on acronym', () => {
    expect(texts('Troops poured in from NATO.US forces led the push.')).toEqual([
      'Troops poured in from NATO.',
      'US forces led the push.',
    ]);
  });

  it('leaves a sentence that ends in an abbreviation before a name', () => {
    expect(texts('He met officials at the UN. PA officials said so.')).toEqual([
      'He met officials at the UN.',
      'PA officials said so.',
    ]);
    expect(tickerPeriod('He went to the U.S. He said no.', 19)).toBe(false);
  });
});

describe('tickerPeriod on a sentence run on without a space', () => {
  it('leaves "A" or "I" after an acronym to open the next sentence', () => {
    const text = 'He spoke to the BBC.A new report followed.';
    expect(tickerPeriod(text, text.indexOf('A new'))).toBe(false);
    const glued = 'Sanofi-Aventis SASY.PA is spending 350 million euros.';
    expect(tickerPeriod(glued, glued.indexOf('PA is'))).toBe(true);
  });
});
