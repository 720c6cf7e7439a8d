import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleWorker, pinned } from '../../src/cli/workerBundle.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('bundleWorker', () => {
  it('reuses the cached bundle while its sources are unchanged and rebuilds when one changes', async () => {
    const src = fresh();
    const cache = fresh();
    writeFileSync(
      join(src, 'entry.ts'),
      "import { word } from './word.ts';\nexport const said: string = word;\n",
    );
    writeFileSync(join(src, 'word.ts'), "export const word = 'first';\n");
    const entry = pathToFileURL(join(src, 'entry.ts'));
    const first = await bundleWorker(entry, cache);
    expect(first).toBeDefined();
    expect(readFileSync(fileURLToPath(first!.url), 'utf8')).toContain('first');
    const again = await bundleWorker(entry, cache);
    expect(again!.url).toBe(first!.url);
    writeFileSync(join(src, 'word.ts'), "export const word = 'second';\n");
    const changed = await bundleWorker(entry, cache);
    const code = readFileSync(fileURLToPath(changed!.url), 'utf8');
    expect(code).toContain('second');
    expect(code).not.toContain('first');
    changed!.dispose();
  });

  it('keeps a pattern with a Unicode property escape a literal, and the bundle matches as the source does', async () => {
    const src = fresh();
    writeFileSync(
      join(src, 'entry.ts'),
      'export const capitalized = (word: string): boolean => /^\\p{Lu}\\p{Ll}+$/u.test(word);\n',
    );
    const bundle = await bundleWorker(pathToFileURL(join(src, 'entry.ts')), fresh());
    const code = readFileSync(fileURLToPath(bundle!.url), 'utf8');
    // Not rebuilt by RegExp's constructor at every call (esbuild's lowering for older engines).
    expect(code).toContain('/^\\p{Lu}\\p{Ll}+$/u');
    expect(code).not.toContain('new RegExp');
    const { capitalized } = (await import(bundle!.url)) as { capitalized(word: string): boolean };
    expect(['Émile', 'Ochlik', 'ochlik', 'USA'].map(capitalized)).toEqual([true, true, false, false]);
    bundle!.dispose();
  });

  it('pins a private copy of a bundle, which keeps its code when the cached bundle is rebuilt', async () => {
    const src = fresh();
    const cache = fresh();
    writeFileSync(join(src, 'entry.ts'), "export const said: string = 'first';\n");
    const entry = pathToFileURL(join(src, 'entry.ts'));
    const copy = pinned((await bundleWorker(entry, cache))!);
    try {
      expect(fileURLToPath(copy.url).startsWith(cache)).toBe(false);
      writeFileSync(join(src, 'entry.ts'), "export const said: string = 'second';\n");
      expect(readFileSync(fileURLToPath((await bundleWorker(entry, cache))!.url), 'utf8')).toContain(
        'second',
      );
      expect(readFileSync(fileURLToPath(copy.url), 'utf8')).toContain('first');
    } finally {
      copy.dispose();
    }
  });

  it('gives undefined for an entry esbuild cannot bundle', async () => {
    const src = fresh();
    writeFileSync(join(src, 'entry.ts'), "import { nothing } from './missing.ts';\nexport { nothing };\n");
    expect(await bundleWorker(pathToFileURL(join(src, 'entry.ts')), fresh())).toBeUndefined();
  });
});
