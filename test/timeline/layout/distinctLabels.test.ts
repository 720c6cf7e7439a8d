import { describe, expect, it } from 'vitest';
import type { Chronology } from '../../../src/model/chronology.ts';
import { distinctLabels } from '../../../src/timeline/layout/distinctLabels.ts';
import { buildEventIndex, importanceOf } from '../../../src/timeline/layout/eventIndex.ts';
import { makeEvent } from '../fixture.ts';

function indexOf(events: ReturnType<typeof makeEvent>[]) {
  const chronology: Chronology = { version: 1, articles: [], events };
  return buildEventIndex(chronology);
}

describe('distinctLabels', () => {
  it('keeps one of the titles that say the same thing, the most important', () => {
    const index = indexOf([
      makeEvent('a', '2012-03-01', '2012-03-01', {
        title: 'United Nations says about 9,000 people have died',
        salience: 0.5,
      }),
      makeEvent('b', '2012-03-02', '2012-03-02', {
        title: 'United Nations says about 9,000 people have died',
        salience: 0.6,
      }),
      makeEvent('c', '2012-03-03', '2012-03-03', {
        title: 'Annan peace plan backed by the Security Council',
        salience: 0.4,
      }),
    ]);
    expect(distinctLabels([0, 1, 2], index).map((p) => index.events[p]!.id)).toEqual(['b', 'c']);
  });

  it('leaves running totals to the tally band', () => {
    const index = indexOf([
      makeEvent('t', '2012-03-01', '2012-03-01', {
        title: 'About 16,000 people die in Syria',
        tally: true,
        salience: 0.9,
      }),
      makeEvent('k', '2012-03-02', '2012-03-02', { title: 'Houla massacre', salience: 0.2, key: true }),
    ]);
    expect(distinctLabels([0, 1], index).map((p) => index.events[p]!.id)).toEqual(['k']);
  });
});

describe('importanceOf with salience', () => {
  it('puts key events first, then salience, tallies last', () => {
    const key = makeEvent('k', '2012-05-25', '2012-05-25', { salience: 0.4, key: true });
    const salient = makeEvent('s', '2012-05-25', '2012-05-25', { salience: 0.7 });
    const tally = makeEvent('t', '2012-05-25', '2012-05-25', {
      salience: 0.7,
      tally: true,
      fatalities: 9000,
    });
    expect(importanceOf(key)).toBeGreaterThan(importanceOf(salient));
    expect(importanceOf(salient)).toBeGreaterThan(importanceOf(tally));
  });
});
