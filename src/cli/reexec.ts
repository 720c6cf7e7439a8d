import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

/**
 * V8 flags for an `extract` whose map runs on worker threads, one a core (`--jobs` above 1, the
 * default on a machine with several cores). The workers allocate briskly, and V8's parallel
 * collector adds helper threads to each of their collections, which then wait on cores the other
 * workers hold; a collector that works on the collecting thread alone leaves them the cores
 * (Timeline17 with `--jobs 2` on 2 cores: 15.9 → 15.1 s on a quiet host, and 5 paired runs on a
 * loaded one, medians 28.4 → 27.7 s, means 28.2 → 26.6 s, the same CPU time). V8 takes these flags
 * only when the process starts (setting them later aborts it in a running collection, and a worker
 * takes none of its own, nor does NODE_OPTIONS), so `extract` starts itself again with them.
 * With `--jobs 1` the second core runs the collector's helpers for free: no flags.
 */
export const WORKER_MAP_FLAGS: readonly string[] = ['--single-threaded-gc'];

/**
 * The flags `argv` (the CLI's arguments) wants that this process lacks: WORKER_MAP_FLAGS for an
 * `extract` mapping on more than one thread without `--jsonl` (whose memory, not its time, is
 * what counts), else none. `cores` is the default of `--jobs`. Unreadable arguments want none:
 * the CLI reports them itself.
 */
export function missingMapFlags(
  argv: readonly string[],
  execArgv: readonly string[],
  cores: number,
): string[] {
  const [command, ...rest] = argv;
  if (command !== 'extract') return [];
  let values: { jobs?: string | boolean; jsonl?: string | boolean; help?: string | boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: false,
      allowPositionals: true,
      options: {
        jobs: { type: 'string', short: 'j' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        output: { type: 'string', short: 'o' },
        'max-article-size': { type: 'string' },
      },
    }));
  } catch {
    return [];
  }
  if (values.help || values.jsonl) return [];
  const jobs = values.jobs === undefined ? cores : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs <= 1) return [];
  return WORKER_MAP_FLAGS.filter((f) => !execArgv.includes(f));
}

/**
 * Runs this script again in a new Node process with `flags` added to this one's (`--import tsx`
 * kept), the same arguments, working folder, environment and standard streams, and resolves to
 * its exit code. Signals this process gets (Ctrl-C, a kill) are passed on; a child killed by a
 * signal ends this process by the same signal.
 */
export function rerunWith(flags: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
