import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateChronology } from '../../src/model/validateChronology.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const catalogueDir = `${root}test/fixtures/bad-input`;

interface Case {
  file: string;
  case: string;
  article?: string;
  message?: string;
  messages?: string[];
}
const catalogue = JSON.parse(readFileSync(`${catalogueDir}/catalogue.json`, 'utf8')) as {
  options: string[];
  cases: Case[];
};

/** Every file of the catalogue folder, relative, in path order. */
function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      statSync(join(dir, name)).isDirectory()
        ? filesOf(join(dir, name), `${prefix}${name}/`)
        : [`${prefix}${name}`],
    );
}

/** A copy of the catalogue whose files are created in `order`, so the folder lists them that way. */
function copyInOrder(order: 'forward' | 'backward'): string {
  const dir = mkdtempSync(join(tmpdir(), `chronoscope-bad-${order}-`));
  const files = filesOf(catalogueDir);
  for (const f of order === 'forward' ? files : [...files].reverse()) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    cpSync(join(catalogueDir, f), join(dir, f));
  }
  return dir;
}

/** Runs the real CLI as a user would, in `cwd`, with its own time zone and locale. */
function extract(
  cwd: string,
  env: Record<string, string>,
): { code: number | null; out: string; err: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), `${root}src/cli/main.ts`, 'extract', '.', ...catalogue.options],
    { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('chronoscope extract over the bad-input catalogue', () => {
  let utcForward: ReturnType<typeof extract>;
  beforeAll(() => {
    utcForward = extract(copyInOrder('forward'), { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
  }, 120_000);

  it('exits 1, names each problem exactly once as file:line: problem, and nothing else', () => {
    expect(utcForward.code).toBe(1);
    const expected = catalogue.cases.flatMap((c) => c.messages ?? (c.message ? [c.message] : []));
    const lines = utcForward.err.trimEnd().split('\n');
    const summary = lines.pop();
    expect(lines.sort()).toEqual([...expected].sort());
    expect(summary).toMatch(/^chronoscope: 13 articles, \d+ events, 8 problems, 5 warnings$/);
  });

  it('keeps every good article, and the problems in the chronology', () => {
    const parsed = validateChronology(JSON.parse(utcForward.out));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { articles, events, errors } = parsed.chronology;
    const wanted = catalogue.cases.flatMap((c) => (c.article ? [c.article] : []));
    expect(articles.map((a) => a.id).sort()).toEqual([...wanted].sort());
    expect(errors).toHaveLength(13);
    expect(errors?.filter((e) => e.severity === 'warning')).toHaveLength(5);
    // Undated articles keep their absolutely dated events, reported on the event's own day,
    // and nothing dated from "Yesterday".
    const of = (id: string) => events.filter((e) => e.mentions.some((m) => m.article === id));
    expect(of('no-published').map((e) => [e.when.value, e.reported])).toEqual([['2021-08-15', '2021-08-15']]);
    expect(of('bad-date').map((e) => e.when.value)).toEqual(['2022-02-10']);
    expect(articles.find((a) => a.id === 'no-published')).not.toHaveProperty('published');
    // Decoded text, not mojibake; the javascript: link is gone, the markup stays text.
    expect(articles.find((a) => a.id === 'latin1')?.title).toBe('Réunion à Hérat (Latin-1)');
    expect(articles.find((a) => a.id === 'utf16be')?.title).toBe('Baghlan clashes (UTF-16 BE)');
    expect(of('utf16le').length).toBeGreaterThan(0);
    const js = articles.find((a) => a.id === 'javascript-url');
    expect(js).not.toHaveProperty('url');
    expect(js?.title).toBe('<script>alert(1)</script> Raid in Kandahar');
    expect(articles.find((a) => a.id === 'page')).toMatchObject({
      title: 'Talks in Doha – delegates meet',
      source: 'Example & Co',
      url: 'https://example.org/doha',
      published: '2022-05-03',
    });
  });

  it('writes byte-identical output whatever the time zone, the locale or the order of files on disk', () => {
    const chatham = extract(copyInOrder('forward'), {
      TZ: 'Pacific/Chatham',
      LANG: 'fa_IR.UTF-8',
      LC_ALL: 'fa_IR.UTF-8',
    });
    const backward = extract(copyInOrder('backward'), { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8' });
    expect(chatham.out).toBe(utcForward.out);
    expect(backward.out).toBe(utcForward.out);
    expect(chatham.err).toBe(utcForward.err);
    expect(backward.err).toBe(utcForward.err);
  }, 120_000);
});
