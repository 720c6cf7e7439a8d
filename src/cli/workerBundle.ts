import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A worker script on disk, for `new Worker`. */
export interface WorkerScript {
  /** The script's file URL, for `new Worker`. */
  readonly url: string;
  /** Releases the script (a cached bundle stays for the next run). */
  dispose(): void;
}

/**
 * What esbuild may leave as written for Node 20. It lowers a regular expression literal with a
 * Unicode property escape (`/^\p{Lu}/u`) to `new RegExp("^\\p{Lu}", "u")` even for Node 20 (its
 * table dates the escapes by Unicode version), and the map's sources hold about 140 of them, most
 * in functions run for every token or sentence: each run of such a line then parsed the pattern's
 * flags and looked it up in V8's cache of compiled patterns (RegExp's constructor) where a literal
 * is a copy of a ready object. Node has read these escapes since version 10, so they stay literals.
 */
const SUPPORTED = { 'regexp-unicode-property-escapes': true } as const;

// CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
const REQUIRE_BANNER =
  "import { createRequire as __chronoscopeRequire } from 'node:module'; const require = __chronoscopeRequire(import.meta.url);";

/** What a cached bundle was built from: every input file, and a digest of their contents. */
interface Manifest {
  readonly inputs: readonly string[];
  readonly digest: string;
}

/** A digest of the files' contents (with the esbuild version and options), or undefined if one is unreadable. */
function digestOf(files: readonly string[], salt: string): string | undefined {
  const hash = createHash('sha256').update(salt);
  try {
    for (const f of files) hash.update(f).update('\0').update(readFileSync(f)).update('\0');
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** The cached bundle of an entry when every file it was built from is unchanged, else undefined. */
function cached(bundle: string, manifestFile: string, salt: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (!Array.isArray(manifest.inputs) || digestOf(manifest.inputs, salt) !== manifest.digest)
      return undefined;
    statSync(bundle);
    return bundle;
  } catch {
    return undefined;
  }
}

/** Writes `content` to `file` whole or not at all (another run may read or write it at once). */
function writeAtomically(file: string, content: string | Uint8Array): void {
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, content);
  renameSync(part, file);
}

/** A bundle written to a fresh temporary folder, removed by `dispose` or when the process exits. */
function temporary(code: Uint8Array): WorkerScript {
  const dir = mkdtempSync(join(tmpdir(), 'chronoscope-worker-'));
  const file = join(dir, 'mapWorker.mjs');
  writeFileSync(file, code);
  const dispose = () => {
    process.off('exit', dispose);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', dispose);
  return { url: pathToFileURL(file).href, dispose };
}

/**
 * A private copy of a bundle for one run. Workers started later in the run (the replacements of
 * recycled workers) then load the code its first workers loaded, even if the cached bundle has
 * meanwhile been rebuilt by a run on changed sources. The original script is released.
 */
export function pinned(script: WorkerScript): WorkerScript {
  const copy = temporary(readFileSync(new URL(script.url)));
  script.dispose();
  return copy;
}

/**
 * Bundles `entry` (TypeScript) and everything it imports, dependencies included, into one ES
 * module, with esbuild. A worker then starts in a fraction of the time it takes to load the sources
 * through tsx (about 0.1 s instead of 0.7 s). The bundle is kept in a cache folder beside a
 * manifest of the files it was built from and a digest of their contents: the next run checks
 * that digest (a few milliseconds) and starts its workers at once instead of bundling again
 * (0.7 s of a core, more on a busy machine, while the main thread waits for help), and it rebuilds
 * when any source changed, so the bundle is never stale. Resolves to undefined when esbuild is
 * missing or fails; the caller then falls back to tsx.
 */
export async function bundleWorker(
  entry: URL,
  cacheDir = join(tmpdir(), 'chronoscope-worker-cache'),
): Promise<WorkerScript | undefined> {
  try {
    const esbuild = await import('esbuild');
    const entryPath = fileURLToPath(entry);
    const salt = `${esbuild.version}\0${REQUIRE_BANNER}\0node20\0${JSON.stringify(SUPPORTED)}`;
    const name = createHash('sha256').update(entryPath).digest('hex').slice(0, 16);
    const bundleFile = join(cacheDir, `${name}.mjs`);
    const manifestFile = join(cacheDir, `${name}.json`);
    const keep = { url: pathToFileURL(bundleFile).href, dispose: () => {} };
    if (cached(bundleFile, manifestFile, salt)) return keep;
    // A source saved while esbuild reads it could leave an old bundle under a new digest: the
    // bundle is cached only when no input changed after this mark was written.
    mkdirSync(cacheDir, { recursive: true });
    const mark = join(cacheDir, `${name}.${process.pid}.start`);
    writeFileSync(mark, '');
    const result = await esbuild.build({
      entryPoints: [entryPath],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      supported: SUPPORTED,
      banner: { js: REQUIRE_BANNER },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles?.[0]?.contents;
    if (!code) return undefined;
    const inputs = Object.keys(result.metafile?.inputs ?? {})
      .map((f) => resolve(f))
      .sort();
    const digest = digestOf(inputs, salt);
    const since = statSync(mark).mtimeMs;
    rmSync(mark, { force: true });
    if (digest !== undefined && inputs.every((f) => statSync(f).mtimeMs < since)) {
      writeAtomically(bundleFile, code);
      writeAtomically(manifestFile, JSON.stringify({ inputs, digest } satisfies Manifest));
      return keep;
    }
    return temporary(code);
  } catch {
    return undefined;
  }
}
