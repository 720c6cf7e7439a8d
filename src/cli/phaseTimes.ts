import { readFileSync } from 'node:fs';

/**
 * Timing marks for measuring the CLI's phases (start-up, map, workers closed, reduce, write), printed on stderr
 * when the environment variable CHRONOSCOPE_PHASES is set, else nothing: each mark gives the wall
 * time since the process started, the CPU time (user + system) of all threads since the previous
 * mark, and that of this thread alone where Linux's /proc tells it (what the other threads do
 * after the map runs on the core the workers left idle). For benchmarks only; the output is the
 * same either way.
 */
const on = Boolean(process.env.CHRONOSCOPE_PHASES);
let last = { all: 0, main: 0 };

/** CPU seconds of the main thread (its id is the process's), or NaN without /proc. */
function mainThreadCpu(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Prints the mark `name` when CHRONOSCOPE_PHASES is set. */
export function phase(name: string, stderr: (text: string) => void): void {
  if (!on) return;
  const u = process.cpuUsage();
  const now = { all: (u.user + u.system) / 1e6, main: mainThreadCpu() };
  stderr(
    `phase ${name}: at ${(performance.now() / 1000).toFixed(2)} s, cpu +${(now.all - last.all).toFixed(2)} s` +
      ` (main thread +${(now.main - last.main).toFixed(2)} s)\n`,
  );
  last = now;
}
