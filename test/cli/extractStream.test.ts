import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT, runCli } from '../../src/cli/main.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const sample = `${fixtures}t17-sample.jsonl`;

/** Runs the CLI in-process; stdin arrives in the chunks given, as a pipe would deliver it. */
async function run(argv: string[], stdin: (string | Uint8Array)[] = []) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: () => stdin.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString())).join(''),
    stdinStream: async function* () {
      yield* stdin;
    },
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'chronoscope-scale-'));

describe('chronoscope extract --jsonl and merge', { timeout: 60_000 }, () => {
  it('streams one line per article or rejected line, and merge gives back extract byte for byte', async () => {
    const inputs = [`${fixtures}articles`, `${fixtures}bad`, sample];
    const whole = await run(['extract', '-j', '1', ...inputs]);
    const mapped = await run(['extract', '--jsonl', '-j', '1', ...inputs]);
    expect(mapped.code).toBe(EXIT.rejected);
    const lines = mapped.out.trimEnd().split('\n');
    // 2 + 2 (mixed.jsonl lines 1 and 4, the second kept without its bad date) + 1 (bad-date.md,
    // kept likewise) + 30 articles; bad-yaml.md and two bad lines yield no article.
    expect(lines.filter((l) => JSON.parse(l).article).length).toBe(35);
    expect(lines.filter((l) => !JSON.parse(l).article).length).toBe(3);
    const dir = tmp();
    writeFileSync(join(dir, 'part.jsonl'), mapped.out);
    const merged = await run(['merge', join(dir, 'part.jsonl')]);
    expect(merged.code).toBe(EXIT.rejected);
    expect(merged.out).toBe(whole.out);
    expect(JSON.parse(whole.out).errors).toHaveLength(5);
  });

  it('merges parts in any order, one per machine, to the same chronology', async () => {
    const mapped = await run(['extract', '--jsonl', '-j', '1', sample]);
    const lines = mapped.out.trimEnd().split('\n');
    const dir = tmp();
    writeFileSync(join(dir, 'b.jsonl'), `${lines.filter((_, i) => i % 2).join('\n')}\n`);
    writeFileSync(join(dir, 'a.jsonl'), `${lines.filter((_, i) => !(i % 2)).join('\n')}\n`);
    const whole = await run(['extract', '-j', '1', sample]);
    const merged = await run(['merge', join(dir, 'b.jsonl'), join(dir, 'a.jsonl')]);
    expect(merged.code).toBe(EXIT.ok);
    expect(merged.out).toBe(whole.out);
    expect(JSON.parse(whole.out).events.some((e: { merged?: unknown }) => e.merged)).toBe(true);
  });

  it('gives the same chronology with --partition-days', async () => {
    const dir = tmp();
    const part = join(dir, 'part.jsonl');
    await run(['extract', '--jsonl', '-j', '1', sample, '-o', part]);
    const single = await run(['merge', part]);
    for (const days of ['1', '5', '30']) {
      const partitioned = await run(['merge', part, '--partition-days', days]);
      expect(partitioned.out).toBe(single.out);
    }
    expect((await run(['merge', part, '--partition-days', '0'])).code).toBe(EXIT.usage);
  });

  it('drops a later duplicate article and reports its part and line', async () => {
    const dir = tmp();
    const part = join(dir, 'part.jsonl');
    await run(['extract', '--jsonl', '-j', '1', `${fixtures}articles`, '-o', part]);
    const again = join(dir, 'again.jsonl');
    writeFileSync(again, `${readFileSync(part, 'utf8')}not a record\n`);
    const r = await run(['merge', part, again]);
    expect(r.code).toBe(EXIT.rejected);
    expect(JSON.parse(r.out).articles).toHaveLength(2);
    expect(r.err).toContain(`${again}:1: duplicate article id "2022-04-12-badakhshan"`);
    expect(r.err).toContain(`${again}:3: invalid JSON`);
  });

  it('reads JSON Lines from stdin in chunks that cut lines and characters, like the file', async () => {
    const bytes = readFileSync(sample);
    // Cut every 1000 bytes: through lines, and through multi-byte characters (é, —) somewhere.
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 1000) chunks.push(bytes.subarray(i, i + 1000));
    const fromStdin = await run(['extract', '--jsonl', '-j', '1', '-'], chunks);
    const fromFile = await run(['extract', '--jsonl', '-j', '1', sample]);
    const file = (s: string) => s.replaceAll(JSON.stringify(sample).slice(1, -1), '<stdin>.jsonl');
    expect(fromStdin.out).toBe(file(fromFile.out));
    expect(fromStdin.out.split('\n')).toHaveLength(31);
  });
});

describe('chronoscope extract --jsonl on an empty stdin', { timeout: 60_000 }, () => {
  it('writes nothing and exits 0, as an empty Spark or Hadoop partition needs', async () => {
    const r = await run(['extract', '--jsonl', '-j', '1', '-'], []);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('');
    // Without --jsonl an empty stdin is still an article without text, as before.
    expect((await run(['extract', '-j', '1', '-'], [])).code).toBe(EXIT.rejected);
  });
});

describe('chronoscope extract --jobs', () => {
  it('gives the same output on 2 and 3 worker threads as on this one, in both modes', {
    timeout: 180_000,
  }, async () => {
    const inputs = [`${fixtures}articles`, `${fixtures}bad`, sample];
    for (const mode of [[], ['--jsonl']]) {
      const one = await run(['extract', ...mode, '--jobs', '1', ...inputs]);
      for (const jobs of ['2', '3']) {
        const more = await run(['extract', ...mode, '--jobs', jobs, ...inputs]);
        expect(more.code).toBe(one.code);
        expect(more.out).toBe(one.out);
        expect(more.err).toBe(one.err);
      }
    }
  });

  it('rejects a --jobs that is not a whole number of at least 1', async () => {
    for (const jobs of ['0', 'two', '1.5'])
      expect((await run(['extract', '--jobs', jobs, sample])).code).toBe(EXIT.usage);
  });
});
