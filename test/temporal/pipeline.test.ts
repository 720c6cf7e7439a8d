import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/temporal/context.ts';
import { draft } from '../../src/temporal/draft.ts';
import {
  heldWords,
  opensAfterNonWord,
  type PatternParser,
  runParser,
  runPipeline,
} from '../../src/temporal/pipeline.ts';

/** A parser that tags every "soon" and counts how often it was asked to extract. */
function countingParser(trigger?: RegExp): PatternParser & { calls: number } {
  const parser = {
    name: 'SoonParser',
    calls: 0,
    pattern: /\bsoon\b/g,
    ...(trigger ? { trigger } : {}),
    extract(_context: unknown, match: RegExpExecArray) {
      parser.calls++;
      return draft({
        start: match.index,
        end: match.index + 4,
        type: 'DATE',
        precision: 'vague',
        value: 'FUTURE_REF',
      });
    },
  };
  return parser;
}

describe('runPipeline', () => {
  const context = createContext('It ends soon, very soon.', '2013-03-22');

  it('runs a pattern parser over every match and tags its results', () => {
    const parser = countingParser();
    const drafts = runPipeline(context, { parsers: [parser], refiners: [] });
    expect(drafts.map((d) => [d.start, d.tags[0]])).toEqual([
      [8, 'SoonParser'],
      [19, 'SoonParser'],
    ]);
  });

  it('skips a parser whose trigger the text does not pass', () => {
    const skipped = countingParser(/\blater\b/);
    expect(runPipeline(context, { parsers: [skipped], refiners: [] })).toEqual([]);
    expect(skipped.calls).toBe(0);
    const run = countingParser(/\bsoon\b/);
    expect(runPipeline(context, { parsers: [run], refiners: [] })).toHaveLength(2);
  });
});

describe('runPipeline on huge inputs', () => {
  it('collects 300,000 drafts from one parser without overflowing the stack (no push(...spread))', () => {
    const text = 'soon. '.repeat(300_000);
    const parser = countingParser();
    const drafts = runPipeline(createContext(text, '2022-05-20'), { parsers: [parser], refiners: [] });
    expect(drafts).toHaveLength(300_000);
    expect(drafts.at(-1)?.start).toBe(text.length - 6);
  });
});

describe('opensAfterNonWord', () => {
  it('holds for a pattern that opens with the lookbehind and has no branch outside a group', () => {
    expect(opensAfterNonWord(/(?<![\w-])(?:last|next|a|b)\s+(week|year)(?![\w-])/gi)).toBe(true);
    expect(opensAfterNonWord(/(?<![\w-])[|(]x/g)).toBe(true);
  });

  it('fails for a top-level branch, another opening, or \\w widened by the u and i flags', () => {
    expect(opensAfterNonWord(/(?<![\w-])week|year/gi)).toBe(false);
    expect(opensAfterNonWord(/\bweek/gi)).toBe(false);
    expect(opensAfterNonWord(/(?<![\w-])week/giu)).toBe(false);
    expect(opensAfterNonWord(/(?<![\w-])week/gu)).toBe(true);
  });

  it('leaves an anchored parser the matches of a full scan, a hyphen or a glued word before', () => {
    const parser: PatternParser = {
      name: 'WeekParser',
      pattern: /(?<![\w-])(?:the\s+)?(?:last|next)\s+week(?![\w-])/gi,
      anchor: { pattern: /\sweek(?![\w-])/gi, spacesBefore: 2 },
      extract: (_context, match) =>
        draft({ start: match.index, end: match.index + match[0].length, type: 'DATE', precision: 'week' }),
    };
    const text = 'the next week, xlast week, -next week, 2next week, ſlast week, Last week';
    const found = runParser(createContext(text, '2013-03-22'), parser).map((d) => text.slice(d.start, d.end));
    const scanned = [...text.matchAll(parser.pattern)].map((m) => m[0]);
    expect(found).toEqual(scanned);
    expect(found).toEqual(['the next week', 'last week', 'Last week']);
  });
});

describe('heldWords', () => {
  const soon = (words: readonly string[]): PatternParser => ({ ...countingParser(), words });

  it('finds the parsers’ words that stand whole in the text, whatever their case', () => {
    const parsers = [soon(['yesterday', 'summer']), soon(['century', 'noon'])];
    const context = createContext(
      "Yesterday's mid-summer heat; summers, centuryold, afternoon.",
      '2013-03-22',
    );
    expect([...heldWords(context, parsers)].sort()).toEqual(['summer', 'yesterday']);
  });

  it('skips a parser, trigger and pattern, when none of its words is in the text', () => {
    const trigger = /soon/;
    let tests = 0;
    trigger.test = (text: string) => {
      tests++;
      return RegExp.prototype.test.call(/soon/, text);
    };
    const parser = { ...countingParser(trigger), words: ['ends'] };
    const configuration = { parsers: [parser], refiners: [] };
    expect(runPipeline(createContext('It ended soon.', '2013-03-22'), configuration)).toEqual([]);
    expect(tests).toBe(0);
    expect(runPipeline(createContext('It ends soon.', '2013-03-22'), configuration)).toHaveLength(1);
    expect(tests).toBe(1);
  });
});
