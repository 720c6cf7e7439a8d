import { describe, expect, it } from 'vitest';
import { reportedOn } from '../../src/events/anchoring/eventTime.ts';
import { addCounts, type Draft, joinActors, toEvent, toMention } from '../../src/events/draft.ts';

const s = {
  index: 3,
  paragraph: 1,
  start: 10,
  end: 40,
  text: 'The attack killed nine people.',
  heading: false,
  tokens: [],
};
const draft = (extra: Partial<Draft> = {}): Draft => ({
  id: 'a#3-0',
  title: '',
  when: reportedOn('2022-04-12'),
  isReport: false,
  type: 'battle',
  mentions: [toMention('a', s, undefined, { fatalities: 9 })],
  actors: [],
  places: [],
  counts: { fatalities: 9 },
  sentence: 3,
  lastSentence: 3,
  paragraph: 1,
  ...extra,
});

describe('draft', () => {
  it('keeps the first stated count and fills missing ones', () => {
    const d = draft();
    addCounts(d, { fatalities: 12, injured: 4 });
    expect(d.counts).toEqual({ fatalities: 9, injured: 4 });
  });

  it('joins actors without repeating a name, keeping a stated role', () => {
    const out = joinActors(
      [{ name: 'Bilal Karimi' }],
      [{ name: 'Bilal Karimi', role: 'spokesman' }, { name: 'BP' }],
    );
    expect(out).toEqual([{ name: 'Bilal Karimi', role: 'spokesman' }, { name: 'BP' }]);
  });

  it('finishes an event with the sentence as fallback title and only the counts stated', () => {
    const e = toEvent(draft({ counts: { fatalities: 9, approximate: true } }), '2022-04-12');
    expect(e).toMatchObject({
      title: 'The attack killed nine people.',
      fatalities: 9,
      countsApproximate: true,
    });
    expect(e).not.toHaveProperty('injured');
    expect(e).not.toHaveProperty('isReport');
    expect(e.mentions[0]).toEqual({
      article: 'a',
      sentence: { start: 10, end: 40, text: s.text },
      fatalities: 9,
    });
  });
});
