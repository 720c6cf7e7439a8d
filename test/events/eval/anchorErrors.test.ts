import { describe, expect, it } from 'vitest';
import { markSpans, sampleItems, sentencesAround } from '../../../src/events/eval/anchorErrors.ts';
import { seededRandom } from '../../../src/timeline/synthetic.ts';

const text = 'Rebels attacked the town on Sunday.\nOfficials said so today. Nothing else.';
const at = (word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('sentencesAround', () => {
  const starts = [0, 36, 61];

  it('widens a span to the sentences it touches', () => {
    expect(sentencesAround(starts, text.length, at('attacked').start, at('Sunday').end)).toEqual({
      start: 0,
      end: 36,
    });
    expect(sentencesAround(starts, text.length, at('Sunday').start, at('today').end)).toEqual({
      start: 0,
      end: 61,
    });
    expect(sentencesAround(starts, text.length, at('else').start, at('else').end)).toEqual({
      start: 61,
      end: text.length,
    });
  });
});

describe('markSpans', () => {
  const marks = (trigger: { start: number; end: number }, timex: { start: number; end: number }) => [
    { span: trigger, open: '[[', close: ']]' },
    { span: timex, open: '{{', close: '}}' },
  ];

  it('wraps the trigger and the timex, on one line', () => {
    expect(markSpans(text, { start: 0, end: 61 }, marks(at('said'), at('Sunday')))).toBe(
      'Rebels attacked the town on {{Sunday}}. Officials [[said]] so today.',
    );
  });

  it('keeps adjacent spans apart and clips marks to the window', () => {
    const the = at('the town');
    expect(
      markSpans(text, { start: 0, end: 35 }, marks(at('attacked'), { start: the.start - 1, end: the.end })),
    ).toBe('Rebels [[attacked]]{{ the town}} on Sunday.');
    expect(markSpans(text, { start: 36, end: 61 }, marks(at('said'), at('Sunday')))).toBe(
      '{{}}Officials [[said]] so today.',
    );
  });
});

describe('sampleItems', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it('draws distinct items in their original order, reproducibly from a seed', () => {
    const a = sampleItems(items, 10, seededRandom(7));
    expect(new Set(a).size).toBe(10);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(sampleItems(items, 10, seededRandom(7))).toEqual(a);
    expect(sampleItems(items, 10, seededRandom(8))).not.toEqual(a);
  });

  it('returns everything when asked for more than there is', () => {
    expect(sampleItems([3, 1, 2], 5, seededRandom(1))).toEqual([3, 1, 2]);
  });
});
