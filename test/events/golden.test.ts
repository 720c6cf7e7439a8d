import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Chronology, ChronologyEvent } from '../../src/model/chronology.ts';
import { validateChronology } from '../../src/model/validateChronology.ts';
import { tag } from '../../src/temporal/tag.ts';
import { GOLDEN_DIR, goldenTimexes, readGoldenArticles, runEvents } from './goldenPipeline.ts';

const articles = readGoldenArticles();
const timexes = goldenTimexes();
const chronology = runEvents(articles, (a) => timexes[a.id] ?? []);
const fixturePath = join(GOLDEN_DIR, 'sample-chronology.json');
// `UPDATE_GOLDEN=1 npx vitest run test/events/golden.test.ts` rewrites the fixture; review the diff by hand.
if (process.env.UPDATE_GOLDEN) writeFileSync(fixturePath, `${JSON.stringify(chronology, null, 2)}\n`);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as Chronology;

const find = (pred: (e: ChronologyEvent) => boolean) => chronology.events.filter(pred);
const byTitle = (re: RegExp) => find((e) => re.test(e.title));

describe('golden chronology of the two sample articles', () => {
  it('matches the reviewed fixture event for event', () => {
    expect(chronology.events.map((e) => e.id)).toEqual(fixture.events.map((e) => e.id));
    for (const [i, e] of chronology.events.entries()) expect(e).toEqual(fixture.events[i]);
  });

  it('is a valid chronology', () => {
    const v = validateChronology(chronology);
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it('dates the combing campaign from the day before yesterday, with 9 killed and 1 captured', () => {
    const [e] = byTitle(/combing campaign/);
    expect(e).toMatchObject({
      when: { start: '2022-04-10', end: '2022-04-12', mod: 'ON_OR_AFTER' },
      fatalities: 9,
      arrested: 1,
      type: 'battle',
    });
    expect(e!.places[0]).toMatchObject({ name: 'Kohistan', within: 'Badakhshan' });
  });

  it("tells the Bakhtar/Karimi report of yesterday's operation in Kohistan as one event, with both words", () => {
    const op = find(
      (e) => e.type === 'battle' && e.when.start === '2022-04-11' && e.when.end === '2022-04-11',
    );
    expect(op).toHaveLength(1);
    expect(op[0]!.mentions.map((m) => m.trigger?.text)).toEqual(expect.arrayContaining(['killed', 'quoted']));
    expect(op[0]!.title).toMatch(/^The official Afghan Bachter News Agency quoted Bilal Karimi/);
    expect(op[0]!.places[0]).toMatchObject({
      name: 'Kohistan',
      within: 'Badakhshan',
      lat: 37.35,
      lon: 70.45,
    });
  });

  it("places Massoud's video speech on 25 March and the Ramadan bombings from 2 April, approximate", () => {
    expect(byTitle(/contacted the Taliban movement/)[0]!.when).toMatchObject({
      start: '2022-03-25',
      end: '2022-03-25',
      approximate: false,
    });
    const [bombs] = byTitle(/bombings have left dozens dead/);
    expect(bombs).toMatchObject({
      when: { start: '2022-04-02', end: '2022-04-12', approximate: true },
      fatalities: 24,
      countsApproximate: true,
      type: 'explosion',
    });
  });

  it('keeps "months ago" vague and puts nothing on 13 April from the quoted "today and tomorrow"', () => {
    expect(byTitle(/military defeat/i)[0]!.when).toMatchObject({ precision: 'vague', value: 'PAST_REF' });
    expect(find((e) => e.when.start >= '2022-04-13' && e.reported === '2022-04-12')).toEqual([]);
  });

  it('dates the Nijrab withdrawal a week before 26 June and the MoD statement at publication', () => {
    expect(byTitle(/Nijrab/)[0]).toMatchObject({
      when: { start: '2022-06-19', end: '2022-06-19' },
      type: 'strategic-development',
    });
    // "the MoD stated that the dispute has ended": the reported happening, news of the day, on or before it.
    const mod = byTitle(/stated the dispute has ended/)[0]!;
    expect(mod).toMatchObject({ when: { end: '2022-06-26', mod: 'ON_OR_BEFORE' } });
    expect(mod.places[0]).toMatchObject({ name: 'Balkhab', within: 'Sar-e-Pul' });
  });

  it('never draws an undated happening silently on the publication day', () => {
    for (const e of chronology.events) {
      if (e.mentions[0]!.timex || e.isReport) continue;
      expect(e.when).toMatchObject({ approximate: true, mod: 'ON_OR_BEFORE', end: e.reported });
      expect(e.when.start < e.when.end).toBe(true);
    }
  });

  it('with the live tagger, keeps the dated events and nothing after publication', () => {
    const live = runEvents(articles, (a) => tag(a.text, { reference: a.published }));
    const starts = live.events.map((e) => e.when.start);
    for (const d of ['2022-04-10', '2022-04-11', '2022-03-25', '2022-04-02', '2022-06-19'])
      expect(starts).toContain(d);
    // A plan may lie ahead of publication; a happening may not.
    expect(live.events.filter((e) => e.when.start > e.reported && e.status !== 'planned')).toEqual([]);
  });
});
