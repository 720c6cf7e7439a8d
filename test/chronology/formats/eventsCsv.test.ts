import { describe, expect, it } from 'vitest';
import { EVENTS_CSV_COLUMNS, fromEventsCsv, toEventsCsv } from '../../../src/chronology/formats/eventsCsv.ts';
import { parseCsv } from '../../../src/chronology/formats/parseCsv.ts';
import { validateChronology } from '../../../src/model/validateChronology.ts';
import { sampleChronology } from './sampleChronology.ts';

const csv = toEventsCsv(sampleChronology, sampleChronology.events);

function rowOf(id: string): Record<string, string> {
  const { records } = parseCsv(csv);
  const header = records[0]!.fields;
  const row = records.find((r) => r.fields[0] === id)!.fields;
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}

describe('toEventsCsv', () => {
  it('writes the documented header and one CRLF-terminated row per event', () => {
    expect(csv.startsWith(`${EVENTS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(parseCsv(csv).records).toHaveLength(1 + sampleChronology.events.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('quotes commas, quotes and line breaks so the sentence stays one field', () => {
    expect(csv).toContain('"A group of 10 armed people attacked,\nsaid Mansour; ""we responded""."');
    expect(rowOf('e1').sentence).toBe('A group of 10 armed people attacked,\nsaid Mansour; "we responded".');
  });
  it('neutralizes cells a spreadsheet would evaluate, but not negative numbers', () => {
    const row = rowOf('e2');
    expect(row.title!.startsWith("'=HYPERLINK")).toBe(true);
    expect(row.sentence).toBe("'-5 degrees, @night & <b>cold</b>");
    expect(row.lon).toBe('-66.87');
  });
  it('lists sources and urls aligned per cited article, and the located place first', () => {
    const row = rowOf('e2');
    expect(row.sources).toBe('BBC; Al Jazeera');
    expect(row.urls).toBe('; https://example.org/aj/badakhshan?a=1&b=2');
    const e1 = rowOf('e1');
    expect(e1.places).toBe('Badakhshan; Kohistan');
    expect([e1.lat, e1.lon]).toEqual(['36.73', '70.81']);
  });
  it('exports only the events it is given, in that order', () => {
    const [a, b] = sampleChronology.events;
    const out = parseCsv(toEventsCsv(sampleChronology, [b!, a!])).records.slice(1);
    expect(out.map((r) => r.fields[0])).toEqual(['e2', 'e1']);
  });
});

describe('fromEventsCsv round trip', () => {
  const { chronology, errors } = fromEventsCsv(csv, 'out.csv');
  it('loads without errors into a schema-valid chronology', () => {
    expect(errors).toEqual([]);
    expect(validateChronology(chronology).ok).toBe(true);
  });
  it('keeps ids, dates, titles and counts', () => {
    const pick = (c: typeof chronology) =>
      c.events.map((e) => ({
        id: e.id,
        title: e.title,
        when: e.when,
        reported: e.reported,
        type: e.type,
        counts: [e.fatalities, e.injured, e.arrested, e.corroboration],
        actors: e.actors.map((a) => a.name),
        sentence: e.mentions[0]!.sentence.text,
      }));
    expect(pick(chronology)).toEqual(pick(sampleChronology));
  });
  it('keeps places with their coordinates and rebuilds cited articles', () => {
    const e1 = chronology.events[0]!;
    expect(e1.places).toEqual([{ name: 'Badakhshan', lat: 36.73, lon: 70.81 }, { name: 'Kohistan' }]);
    const e2 = chronology.events[1]!;
    const cited = e2.mentions.map((m) => chronology.articles.find((a) => a.id === m.article)!);
    expect(cited.map((a) => [a.source, a.url])).toEqual([
      ['BBC', undefined],
      ['Al Jazeera', 'https://example.org/aj/badakhshan?a=1&b=2'],
    ]);
    // One article per URL even though three events cite it; published is the earliest report.
    const aj = chronology.articles.filter((a) => a.source === 'Al Jazeera');
    expect(aj).toHaveLength(1);
    expect(aj[0]!.published).toBe('2022-04-12');
  });
  it('is stable: exporting the import again gives the same CSV', () => {
    expect(toEventsCsv(chronology, chronology.events)).toBe(csv);
  });
});

describe('fromEventsCsv on hand-made and broken files', () => {
  it('accepts aliases, partial dates, LF endings and a BOM', () => {
    const text =
      '\uFEFFDate,Headline,Location,Latitude,Longitude,Killed\n2022-04,Fighting in Andarab,Andarab,35.6,69.3,4\n2021,Takeover,,,,\n';
    const { chronology, errors } = fromEventsCsv(text, 'sheet.csv');
    expect(errors).toEqual([]);
    const [a, b] = chronology.events;
    expect(a!.when).toEqual({
      start: '2022-04-01',
      end: '2022-04-30',
      precision: 'month',
      value: '2022-04',
      approximate: false,
    });
    expect(a!.places).toEqual([{ name: 'Andarab', lat: 35.6, lon: 69.3 }]);
    expect(a!.fatalities).toBe(4);
    expect(a!.id).toBe('sheet-line-2');
    expect(b!.when).toMatchObject({ start: '2021-01-01', end: '2021-12-31', precision: 'year' });
    expect(b!.reported).toBe('2021-12-31');
    expect(validateChronology(chronology).ok).toBe(true);
  });
  it('reads tab-separated files', () => {
    const { chronology, errors } = fromEventsCsv('start\ttitle\n2022-01-02\tA, with comma\n', 'x.tsv');
    expect(errors).toEqual([]);
    expect(chronology.events[0]!.title).toBe('A, with comma');
  });
  it('reports each bad row with file and line, and loads the others', () => {
    const text = [
      'id,start,end,title,fatalities,type,lat,lon',
      'ok1,2022-04-10,,Fine,1,battle,,',
      'bad1,2022-02-30,,Impossible date,,,,',
      '"multi',
      'line",2022-04-11,,"Title spanning',
      'two lines",,,,',
      'bad2,2022-04-12,2022-04-01,Ends before it starts,,,,',
      'bad3,2022-04-12,,Negative,-3,,,',
      'bad4,2022-04-12,,Odd type,,coup,,',
      'bad5,2022-04-12,,,,,,',
      'bad6,2022-04-12,,Off the globe,,,95,10',
      'ok1,2022-04-13,,Duplicate,,,,',
      'bad7,2022-04-12,,Too many,,,,,extra',
    ].join('\r\n');
    const { chronology, errors } = fromEventsCsv(text, 'in.csv');
    expect(chronology.events.map((e) => e.id)).toEqual(['ok1', 'multi\nline']);
    expect(chronology.events[1]!.title).toBe('Title spanning\ntwo lines');
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ['in.csv', 3],
      ['in.csv', 7],
      ['in.csv', 8],
      ['in.csv', 9],
      ['in.csv', 10],
      ['in.csv', 11],
      ['in.csv', 12],
      ['in.csv', 13],
    ]);
    expect(errors[0]!.message).toMatch(/start "2022-02-30" is not a date/);
    expect(errors[1]!.message).toMatch(/before start/);
    expect(errors[2]!.message).toMatch(/fatalities "-3"/);
    expect(errors[3]!.message).toMatch(/unknown type "coup"/);
    expect(errors[4]!.message).toBe('missing title');
    expect(errors[5]!.message).toMatch(/lat "95"/);
    expect(errors[6]!.message).toMatch(/duplicate id "ok1"/);
    expect(errors[7]!.message).toMatch(/9 fields but the header has 8/);
  });
  it('reports an unterminated quote at the line where its record starts', () => {
    const { chronology, errors } = fromEventsCsv(
      'start,title\n2022-01-01,ok\n2022-01-02,"never closed\nmore\n',
      'q.csv',
    );
    expect(chronology.events).toHaveLength(1);
    expect(errors).toEqual([{ file: 'q.csv', line: 3, message: expect.stringMatching(/unterminated/) }]);
  });
  it('rejects a header without a date or title column', () => {
    const { chronology, errors } = fromEventsCsv('name,when\nx,2022\n', 'h.csv');
    expect(chronology.events).toEqual([]);
    expect(errors[0]).toMatchObject({
      file: 'h.csv',
      line: 1,
      message: expect.stringMatching(/header needs/),
    });
  });
  it('reports an empty file', () => {
    expect(fromEventsCsv('', 'e.csv').errors).toEqual([
      { file: 'e.csv', line: 1, message: expect.stringMatching(/empty/) },
    ]);
  });
});

describe('status column', () => {
  it('writes "planned" for plans and reads it back; an empty cell is a happening', () => {
    const [a, b] = sampleChronology.events;
    const planned = { ...a!, status: 'planned' as const };
    const written = toEventsCsv(sampleChronology, [planned, b!]);
    const { records } = parseCsv(written);
    const at = records[0]!.fields.indexOf('status');
    expect(records.slice(1).map((r) => r.fields[at])).toEqual(['planned', '']);
    const back = fromEventsCsv(written, 'plans.csv').chronology.events;
    expect(back.map((e) => e.status)).toEqual(['planned', undefined]);
  });
});
