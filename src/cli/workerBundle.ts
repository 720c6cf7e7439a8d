import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A worker script written to a temporary folder, removed by `dispose`. */
export interface WorkerScript {
  /** The script's file URL, for `new Worker`. */
  readonly url: string;
  dispose(): void;
}

// CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
const REQUIRE_BANNER =
  "import { createRequire as __chronoscopeRequire } from 'node:module'; const require = __chronoscopeRequire(import.meta.url);";

/**
 * Bundles `entry` (TypeScript) and everything it imports, dependencies included, into one ES
 * module in a fresh temporary folder, with esbuild. A worker then starts in a fraction of the
 * time it takes to load the sources through tsx (about 0.1 s instead of 0.7 s), and the bundle is
 * built on every run from the sources as they are, so it can never be stale. Resolves to
 * undefined when esbuild is missing or fails; the caller then falls back to tsx.
 */
export async function bundleWorker(entry: URL): Promise<WorkerScript | undefined> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner: { js: REQUIRE_BANNER },
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles?.[0]?.contents;
    if (!code) return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'chronoscope-worker-'));
    const file = join(dir, 'mapWorker.mjs');
    writeFileSync(file, code);
    const dispose = () => {
      process.off('exit', dispose);
      rmSync(dir, { recursive: true, force: true });
    };
    // Removed by the caller when done, or at the latest when the process exits (a run that throws).
    process.on('exit', dispose);
    return { url: pathToFileURL(file).href, dispose };
  } catch {
    return undefined;
  }
}
