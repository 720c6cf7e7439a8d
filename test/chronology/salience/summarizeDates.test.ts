import { describe, expect, it } from 'vitest';
import type { CandidateSentence } from '../../../src/chronology/salience/summarizeDates.ts';
import { summarizeDates } from '../../../src/chronology/salience/summarizeDates.ts';
import type { ChronologyEvent } from '../../../src/model/chronology.ts';

let offset = 0;
function sentence(date: string, article: string, text: string): CandidateSentence {
  const start = offset;
  offset += text.length + 1;
  return { date, article, start, end: start + text.length, text };
}

const day = '2012-02-03';
const candidates = [
  sentence(day, 'a1', 'Syrian forces began shelling the city of Homs on 3 February, activists said.'),
  sentence(day, 'a2', 'The shelling of Homs by Syrian forces began on 3 February and has not stopped.'),
  sentence(day, 'a3', 'On 3 February forces began the shelling of Homs, killing scores of people.'),
  sentence(day, 'a4', 'A football match was postponed on 3 February because of heavy snow in London.'),
  sentence(
    '2012-03-21',
    'a5',
    'The UN Security Council backed the Annan peace plan on 21 March in New York.',
  ),
  sentence('2012-03-21', 'a6', 'On 21 March the Security Council backed the peace plan of Kofi Annan.'),
];

describe('summarizeDates', () => {
  it("picks the sentence closest to the centroid of the day's sentences, not the stray one", () => {
    const [summary] = summarizeDates([day], candidates, [], 1);
    expect(summary!.date).toBe(day);
    expect(summary!.text).toMatch(/shelling/);
    expect(summary!.text).not.toMatch(/football/);
  });

  it('gives k sentences per day, sorted by date, and never repeats a near-duplicate', () => {
    const out = summarizeDates(['2012-03-21', day], candidates, [], 2);
    expect(out.map((s) => s.date)).toEqual([day, '2012-03-21']);
    const shelling = out[0]!.text.match(/shelling/g) ?? [];
    expect(shelling.length).toBe(2);
    // The two Annan sentences say the same thing: the second is left out.
    expect(out[1]!.text.match(/Security Council/g)?.length).toBe(1);
  });

  it('lists the events the chosen sentences report first', () => {
    const chosen = summarizeDates([day], candidates, [], 1)[0]!.text;
    const source = candidates.find((c) => c.text === chosen)!;
    const mk = (id: string, article: string, start: number, salience: number): ChronologyEvent => ({
      id,
      title: id,
      when: { start: day, end: day, precision: 'day', value: day, approximate: false },
      reported: day,
      mentions: [{ article, sentence: { start, end: start + 10, text: 'x' } }],
      actors: [],
      places: [],
      salience,
    });
    const events = [mk('other', 'zz', 0, 0.9), mk('covered', source.article, source.start, 0.1)];
    expect(summarizeDates([day], candidates, events, 1)[0]!.events).toEqual(['covered', 'other']);
  });
});
