import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT, runCli } from '../../src/cli/main.ts';
import { validateChronology } from '../../src/model/validateChronology.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: () => stdin };
  const code = await runCli(argv, io);
  return { code, out, err };
}

// The first extract of a test file loads the map stage (its bundle or its sources) on this thread.
describe('chronoscope extract', { timeout: 60_000 }, () => {
  it('writes a schema-valid chronology of a folder to stdout and exits 0', async () => {
    const { code, out, err } = await run(['extract', '--jobs', '1', `${fixtures}articles`]);
    expect(code).toBe(EXIT.ok);
    const parsed = validateChronology(JSON.parse(out));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.chronology.articles.map((a) => a.id)).toEqual([
      '2022-04-12-badakhshan',
      '2022-06-26-balkhab',
    ]);
    expect(parsed.chronology.events.length).toBeGreaterThan(3);
    expect(err).toMatch(/2 articles, \d+ events/);
  });

  it('writes to -o, reports rejected input as file:line: problem, keeps the rest, exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronoscope-'));
    const output = join(dir, 'out', 'c.json');
    const { code, err } = await run([
      'extract',
      '-j1',
      `${fixtures}articles`,
      `${fixtures}bad`,
      '-o',
      output,
    ]);
    expect(code).toBe(EXIT.rejected);
    expect(err).toContain(`${fixtures}bad/bad-date.md:4: field "published" is not a valid date`);
    expect(err).toContain(`${fixtures}bad/mixed.jsonl:2: invalid JSON`);
    const chronology = JSON.parse(readFileSync(output, 'utf8'));
    expect(chronology.articles.map((a: { id: string }) => a.id)).toContain('a1');
    expect(chronology.errors.length).toBeGreaterThanOrEqual(4);
  });

  it('reads an HTML page and writes Arrow to an .arrow file (each loaded only for such a file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronoscope-'));
    const output = join(dir, 'c.arrow');
    const { code, err } = await run([
      'extract',
      '-j1',
      `${fixtures}ingest/2022-05-01-kunduz.html`,
      '-o',
      output,
    ]);
    expect(err).toMatch(/1 articles, \d+ events/);
    expect(code).toBe(EXIT.ok);
    const { chronologyFromArrow } = await import('../../src/chronology/formats/arrowChronology.ts');
    const chronology = chronologyFromArrow(readFileSync(output));
    expect(chronology.articles.map((a) => a.id)).toEqual(['2022-05-01-kunduz']);
    expect(chronology.events.length).toBeGreaterThan(0);
  });

  it('reads JSON Lines from stdin', async () => {
    const line = JSON.stringify({
      id: 's1',
      title: 'T',
      source: 'S',
      published: '2022-04-12',
      text: 'Yesterday, clashes erupted in Kunduz.',
    });
    const { code, out } = await run(['extract', '-j', '1', '-'], line);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).articles[0].id).toBe('s1');
  });

  it('exits 2 with help when no input is given', async () => {
    const { code, err } = await run(['extract']);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/no input given/);
  });
});

describe('chronoscope tag', () => {
  it('prints TIMEX3 results with UTF-16 offsets into the input', async () => {
    const text = 'Since the day before yesterday, forces advanced.';
    const { code, out } = await run(['tag', '--dct', '2022-04-12', '-'], text);
    expect(code).toBe(EXIT.ok);
    const { timexes } = JSON.parse(out) as {
      timexes: { start: number; end: number; text: string; type: string; value: string }[];
    };
    expect(timexes[0]).toMatchObject({ text: 'the day before yesterday', type: 'DATE', value: '2022-04-10' });
    expect(text.slice(timexes[0]!.start, timexes[0]!.end)).toBe('the day before yesterday');
    expect(Object.keys(timexes[0]!).sort()).toEqual(['end', 'start', 'text', 'type', 'value']);
  });

  it('adds the explanation with --explain', async () => {
    const { out } = await run(['tag', '--dct', '2022-04-12', '--explain', '-'], 'Yesterday it rained.');
    const t = JSON.parse(out).timexes[0];
    expect(t.value).toBe('2022-04-11');
    expect(t.explanation).toMatch(/2022|April/);
    expect(t.tags.length).toBeGreaterThan(0);
  });

  it('rejects a missing or malformed --dct with exit 2', async () => {
    expect((await run(['tag', '-'], 'x')).code).toBe(EXIT.usage);
    expect((await run(['tag', '--dct', '2022-13-01', '-'], 'x')).code).toBe(EXIT.usage);
  });

  it('exits 1 for an unreadable file', async () => {
    const r = await run(['tag', '--dct', '2022-04-12', '/nonexistent.txt']);
    expect(r.code).toBe(EXIT.rejected);
    expect(r.err).toMatch(/^\/nonexistent\.txt:0: cannot read: ENOENT/);
  });
});

describe('chronoscope help and usage', () => {
  it.each([['extract'], ['merge'], ['tag']])('%s --help prints its usage and exits 0', async (cmd) => {
    const { code, out } = await run([cmd, '--help']);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(`Usage: chronoscope ${cmd}`);
  });

  it('rejects unknown commands and options with exit 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(EXIT.usage);
    expect((await run(['extract', '--nope', 'x'])).code).toBe(EXIT.usage);
  });

  it('runs as the installed bin', { timeout: 30_000 }, async () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin/chronoscope.js'), 'tag', '--dct', '2022-06-26', '-'],
      {
        input: 'Security forces left Nijrab a week ago.',
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).timexes[0]).toMatchObject({ text: 'a week ago', value: '2022-06-19' });
  });
});

describe('chronoscope summarize', () => {
  it('prints the N key days of articles, sorted by date, each with a sentence and its events', async () => {
    const { code, out } = await run(['summarize', `${fixtures}articles`, '--dates', '3']);
    expect(code).toBe(EXIT.ok);
    const timeline = JSON.parse(out) as { date: string; text: string; events: string[] }[];
    expect(timeline).toHaveLength(3);
    expect(timeline.map((e) => e.date)).toEqual([...timeline.map((e) => e.date)].sort());
    for (const e of timeline) {
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.text.length).toBeGreaterThan(20);
      expect(Array.isArray(e.events)).toBe(true);
    }
  });

  it('reads a chronology JSON written by extract, and keeps to --from/--to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronoscope-'));
    const output = join(dir, 'c.json');
    expect((await run(['extract', `${fixtures}articles`, '-o', output, '--jobs', '1'])).code).toBe(EXIT.ok);
    const { code, out } = await run(['summarize', output, '--dates', '2', '--from', '2022-06-01']);
    expect(code).toBe(EXIT.ok);
    const timeline = JSON.parse(out) as { date: string; events: string[] }[];
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.every((e) => e.date >= '2022-06-01')).toBe(true);
    expect(timeline.some((e) => e.events.length > 0)).toBe(true);
  });

  it('exits 2 without --dates', async () => {
    const { code, err } = await run(['summarize', `${fixtures}articles`]);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--dates N is required');
  });
});
