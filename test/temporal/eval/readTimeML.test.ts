import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, readTimeML } from '../../../src/temporal/eval/readTimeML.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/tempeval/${name}`, import.meta.url), 'utf8');

describe('readTimeML', () => {
  it('reads the DCT, the plain text and the gold spans of a TimeBank file', () => {
    const doc = readTimeML(fixture('wsj_0068.tml'));
    expect(doc.docId).toBe('wsj_0068');
    expect(doc.dct).toBe('1989-11-02');
    expect(doc.text).not.toMatch(/<|>/);
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['Jan. 2', 'DATE', '1990-01-02'],
      ['Dec. 15', 'DATE', '1989-12-15'],
      ['third-quarter', 'DATE', '1989-Q3'],
      ['the year-ago quarter', 'DATE', '1988-Q3'],
    ]);
    for (const timex of doc.timexes) expect(doc.text.slice(timex.start, timex.end)).toBe(timex.text);
  });

  it('cuts a DCT with a time to its date and skips the DCT timex itself', () => {
    const doc = readTimeML(fixture('APW19980809.0700.tml'));
    expect(doc.dct).toBe('1998-08-09');
    expect(doc.timexes).toHaveLength(1);
    expect(doc.timexes[0]?.text).toBe('Saturday');
  });

  it('keeps offsets right across entities, other tags, empty and mod timexes', () => {
    const xml = `<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-06T10:00">x</TIMEX3></DCT>
<TEXT>A &amp; B <EVENT eid="e1">met</EVENT> &quot;<TIMEX3 tid="t1" type="DATE" value="2001-05-04" mod="BEFORE">Friday</TIMEX3>&quot;<TIMEX3 tid="t2" type="DURATION" value="P1D"/> for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>`;
    const doc = readTimeML(xml);
    expect(doc.dct).toBe('2001-05-06');
    expect(doc.text).toBe('A & B met "Friday" for two days.');
    expect(doc.timexes).toEqual([
      { tid: 't1', start: 11, end: 17, text: 'Friday', type: 'DATE', value: '2001-05-04', mod: 'BEFORE' },
      { tid: 't3', start: 23, end: 31, text: 'two days', type: 'DURATION', value: 'P2D' },
    ]);
  });

  it('rejects a document without a DCT or TEXT', () => {
    expect(() => readTimeML('<TimeML><TEXT>x</TEXT></TimeML>')).toThrow(/DCT/);
    expect(() =>
      readTimeML('<TimeML><DCT><TIMEX3 tid="t0" value="2001-01-01">x</TIMEX3></DCT></TimeML>'),
    ).toThrow(/TEXT/);
  });
});

describe('decodeXmlEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeXmlEntities('&lt;a&gt; &#233; &#xE9; &apos;&nbsp;')).toBe("<a> é é '&nbsp;");
  });
});
