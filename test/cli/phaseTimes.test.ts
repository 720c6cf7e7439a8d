import { afterEach, describe, expect, it, vi } from 'vitest';

/** The marks printed by a fresh copy of the module, loaded with CHRONOSCOPE_PHASES as given. */
async function marks(env: string | undefined): Promise<string[]> {
  vi.resetModules();
  if (env === undefined) vi.stubEnv('CHRONOSCOPE_PHASES', undefined);
  else vi.stubEnv('CHRONOSCOPE_PHASES', env);
  const { phase } = await import('../../src/cli/phaseTimes.ts');
  const out: string[] = [];
  phase('map', (t) => out.push(t));
  phase('reduce', (t) => out.push(t));
  return out;
}

describe('phase', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('prints nothing without CHRONOSCOPE_PHASES', async () => {
    expect(await marks(undefined)).toEqual([]);
  });

  it('prints each mark with its wall and CPU times when CHRONOSCOPE_PHASES is set', async () => {
    const out = await marks('1');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      /^phase map: at \d+\.\d\d s, cpu \+\d+\.\d\d s \(main thread \+(?:\d+\.\d\d|NaN) s\)\n$/,
    );
    expect(out[1]).toMatch(/^phase reduce: /);
  });
});
