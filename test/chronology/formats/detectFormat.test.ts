import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/chronology/formats/detectFormat.ts';
import { toEventsCsv } from '../../../src/chronology/formats/eventsCsv.ts';
import { toTimelineJs } from '../../../src/chronology/formats/timelineJs.ts';
import { sampleChronology } from './sampleChronology.ts';

describe('detectFormat', () => {
  it('recognises our own outputs', () => {
    expect(detectFormat('c.json', JSON.stringify(sampleChronology))).toBe('chronology');
    expect(
      detectFormat('t.json', JSON.stringify(toTimelineJs(sampleChronology, sampleChronology.events))),
    ).toBe('timelinejs');
    expect(detectFormat('e.csv', toEventsCsv(sampleChronology, sampleChronology.events))).toBe('csv');
  });
  it('goes by extension for articles and tabular files', () => {
    expect(detectFormat('a.md', '---\ntitle: x\n---\nText')).toBe('articles');
    expect(detectFormat('A.HTML', '<html></html>')).toBe('articles');
    expect(detectFormat('a.txt', 'Plain text')).toBe('articles');
    expect(detectFormat('a.jsonl', '{"id":"a","text":"x"}\n{"id":"b","text":"y"}')).toBe('articles');
    expect(detectFormat('x.tsv', 'anything')).toBe('csv');
  });
  it('sniffs content when the name says nothing', () => {
    expect(detectFormat('paste', '{"version":1,"articles":[],"events":[]}')).toBe('chronology');
    expect(detectFormat('paste', 'date,headline\n2022,x')).toBe('csv');
    expect(detectFormat('paste', '{"id":"a","text":"x"}\n{"id":"b","text":"y"}')).toBe('articles');
    expect(detectFormat('notes.txt', 'start,title\n2022,x')).toBe('csv');
  });
  it('recognises an empty TimelineJS file and JSON article arrays', () => {
    expect(detectFormat('t.json', '{"title":{"text":{"headline":"x"}},"events":[]}')).toBe('timelinejs');
    expect(detectFormat('a.json', '[{"id":"a","title":"t","text":"body"}]')).toBe('articles');
  });
  it('says unknown instead of guessing', () => {
    expect(detectFormat('x.json', '{"foo":1}')).toBe('unknown');
    expect(detectFormat('x.json', '{broken')).toBe('unknown');
    expect(detectFormat('x.png', '\u0089PNG')).toBe('unknown');
    expect(detectFormat('empty', '   ')).toBe('unknown');
    expect(detectFormat('x.json', '{"events":[{"foo":1}]}')).toBe('unknown');
  });
});
