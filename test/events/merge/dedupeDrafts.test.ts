import { describe, expect, it } from 'vitest';
import { onOrBefore, reportedOn } from '../../../src/events/anchoring/eventTime.ts';
import type { Draft } from '../../../src/events/draft.ts';
import { dedupeDrafts, sameHappening } from '../../../src/events/merge/dedupeDrafts.ts';

const draft = (id: number, title: string, extra: Partial<Draft> = {}): Draft => ({
  id: `a#${id}-0`,
  title,
  when: reportedOn('2022-06-26'),
  isReport: true,
  type: 'statement',
  mentions: [{ article: 'a', sentence: { start: id * 100, end: id * 100 + 50, text: title } }],
  actors: [],
  places: [{ name: 'Balkhab', kind: 'district' }],
  counts: {},
  sentence: id,
  lastSentence: id,
  paragraph: id,
  ...extra,
});

describe('dedupeDrafts', () => {
  it('folds two undated statements of one speaker into the first, keeping both mentions', () => {
    const out = dedupeDrafts([
      draft(0, 'Ministry of Defense says the dispute has ended'),
      draft(7, 'Ministry of Defense says the Islamic Emirate has not suffered any casualties', {
        counts: { fatalities: 0 },
      }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.mentions.map((m) => m.sentence.start)).toEqual([0, 700]);
    expect(out[0]!.counts.fatalities).toBe(0);
  });

  it('keeps different speakers, types and times apart', () => {
    const a = draft(0, 'Ministry of Defense says the dispute has ended');
    expect(sameHappening(a, draft(1, 'Amnesty International says the dispute has ended'))).toBe(false);
    expect(sameHappening(a, { ...draft(2, a.title), type: 'battle' })).toBe(false);
    const later = { ...draft(3, 'Security forces leave Nijrab'), when: onOrBefore('2022-05-01', 'x') };
    expect(sameHappening({ ...later, when: reportedOn('2022-06-26') }, later)).toBe(false);
  });

  it('joins near-identical happenings that share a place', () => {
    const kill = { type: 'battle' as const, isReport: false, when: onOrBefore('2022-06-26', 'x') };
    const out = dedupeDrafts([
      draft(0, 'Taliban forces kill nine militants in Balkhab', kill),
      draft(4, 'Taliban forces kill nine militants', kill),
    ]);
    expect(out).toHaveLength(1);
  });
});
