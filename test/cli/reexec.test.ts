import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingMapFlags, WORKER_MAP_FLAGS } from '../../src/cli/reexec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('missingMapFlags', () => {
  const flags = [...WORKER_MAP_FLAGS];
  it('wants the flags for an extract on worker threads, the default with several cores', () => {
    expect(missingMapFlags(['extract', 'in', '-o', 'x.json'], [], 2)).toEqual(flags);
    expect(missingMapFlags(['extract', 'in', '--jobs', '2'], ['--import', 'tsx'], 1)).toEqual(flags);
    expect(missingMapFlags(['extract', '--jobs=3', 'in'], [], 1)).toEqual(flags);
    expect(missingMapFlags(['extract', '-j', '2', 'in'], [], 1)).toEqual(flags);
  });

  it('wants none on one thread, for --jsonl, help, other commands, or once the process has them', () => {
    expect(missingMapFlags(['extract', 'in'], [], 1)).toEqual([]);
    expect(missingMapFlags(['extract', 'in', '--jobs', '1'], [], 2)).toEqual([]);
    expect(missingMapFlags(['extract', '-j', '1', 'in'], [], 2)).toEqual([]);
    expect(missingMapFlags(['extract', '--jsonl', 'in'], [], 2)).toEqual([]);
    expect(missingMapFlags(['extract', '--help'], [], 2)).toEqual([]);
    expect(missingMapFlags(['merge', 'a.jsonl'], [], 2)).toEqual([]);
    expect(missingMapFlags(['extract', 'in'], ['--import', 'tsx', ...flags], 2)).toEqual([]);
    // An unreadable --jobs is the CLI's to report, in this process.
    expect(missingMapFlags(['extract', 'in', '--jobs', 'two'], [], 2)).toEqual([]);
  });
});

/** The CLI as a user starts it, with `args`; stdin from `input`. */
function cli(args: readonly string[], input?: string) {
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), `${root}src/cli/main.ts`, ...args],
    {
      encoding: 'utf8',
      ...(input === undefined ? {} : { input }),
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('extract started again with its flags', { timeout: 90_000 }, () => {
  it('writes the same chronology with --jobs 2 as with --jobs 1, and its exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronoscope-reexec-'));
    const one = cli(['extract', `${fixtures}articles`, '--jobs', '1', '-o', join(dir, 'one.json')]);
    const two = cli(['extract', `${fixtures}articles`, '--jobs', '2', '-o', join(dir, 'two.json')]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.err).toMatch(/2 articles, \d+ events/);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  });

  it('reads stdin and passes on the exit code of rejected input and of a usage error', () => {
    const good = readFileSync(`${fixtures}t17-sample.jsonl`, 'utf8').split('\n').filter(Boolean).slice(0, 2);
    const stdin = `${good.join('\n')}\n{"id": "broken"}\n`;
    const two = cli(['extract', '-', '--jobs', '2'], stdin);
    const one = cli(['extract', '-', '--jobs', '1'], stdin);
    expect(two.code).toBe(1);
    expect(two.err).toMatch(/:3: missing field "text"/);
    expect(two.out).toBe(one.out);
    expect(JSON.parse(two.out).articles).toHaveLength(2);
    expect(cli(['extract', '--jobs', '2']).code).toBe(2);
  });
});
