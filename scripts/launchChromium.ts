import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless Chromium, with everything that phones home turned off. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, used when installed. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Which browser to launch: `CHRONOSCOPE_CHROMIUM=system|packaged|/path/to/chrome`, else system when present. */
export type ChromiumChoice = { kind: 'system' | 'path'; path: string } | { kind: 'packaged' };

/** Reads the choice from the environment: Debian's Chromium when present, else the npm-packaged one. */
export function chooseChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): ChromiumChoice {
  const forced = env.CHRONOSCOPE_CHROMIUM?.trim();
  if (forced === 'packaged') return { kind: 'packaged' };
  if (forced === 'system') return { kind: 'system', path: SYSTEM_CHROMIUM };
  if (forced) return { kind: 'path', path: forced };
  return exists(SYSTEM_CHROMIUM) ? { kind: 'system', path: SYSTEM_CHROMIUM } : { kind: 'packaged' };
}

/**
 * The Chromium inside `@sparticuz/chromium` (a brotli-packed headless shell unpacked into the
 * temp folder on first use, about 10 s), so `npm install && npm test` needs no apt step. It needs
 * NSS and expat from the system; when they are missing, say so rather than fail obscurely.
 */
async function packagedChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  const probe = spawnSync(executablePath, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0)
    throw new Error(
      `the Chromium from @sparticuz/chromium (${executablePath}) cannot start: ${(probe.stderr || String(probe.error)).trim()}. ` +
        'Install Chromium (apt-get install chromium) or set CHRONOSCOPE_CHROMIUM=/path/to/chrome.',
    );
  return executablePath;
}

/**
 * Launches headless Chromium for tests, benchmarks and screenshots: Debian's `/usr/bin/chromium`
 * when installed, otherwise the one shipped in the `@sparticuz/chromium` npm package. Set
 * `CHRONOSCOPE_CHROMIUM=packaged` (or `system`, or a path) to force one.
 */
export async function launchChromium(): Promise<Browser> {
  const choice = chooseChromium();
  if (choice.kind !== 'packaged')
    return chromium.launch({ executablePath: choice.path, args: [...CHROMIUM_ARGS] });
  return chromium.launch({ executablePath: await packagedChromium(), args: [...CHROMIUM_ARGS] });
}
