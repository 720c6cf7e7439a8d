import { Presets, SingleBar } from 'cli-progress';

/** Reports articles done while a command works. */
export interface Progress {
  /** One more article (or rejected line) done, which took `bytes` bytes of input. */
  tick(articles: number, bytes: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on `terminal` (stderr when it is a TTY, see main.ts): articles done, their rate,
 * and the time left estimated from the bytes read out of `totalBytes`. Without a terminal, or with
 * `--quiet`, nothing is drawn, so logs and pipes stay clean.
 */
export function createProgress(
  terminal: NodeJS.WriteStream | undefined,
  totalBytes: number,
  label: string,
): Progress {
  if (!terminal) return silent;
  const known = totalBytes > 0;
  const bar = new SingleBar(
    {
      stream: terminal,
      format: known
        ? `${label} {bar} {percentage}% | {articles} articles | {rate} articles/s | {mbps} MB/s | {eta_formatted} left`
        : `${label} {articles} articles | {rate} articles/s | {mbps} MB/s | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
      etaBuffer: 200,
      barsize: 24,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  let articles = 0;
  let bytes = 0;
  const payload = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 1e-3);
    return {
      articles,
      rate: (articles / seconds).toFixed(1),
      mbps: (bytes / 1e6 / seconds).toFixed(2),
    };
  };
  bar.start(known ? totalBytes : 1, 0, payload());
  return {
    tick(n, b) {
      articles += n;
      bytes += b;
      bar.update(known ? Math.min(bytes, totalBytes) : 0, payload());
    },
    stop() {
      bar.stop();
    },
  };
}
