/**
 * Explorer speed: opens the app in headless Chromium with synthetic chronologies of 10,000 and
 * 100,000 events (`?synthetic=N`), and prints medians of first paint and of frame cost during a
 * programmatic zoom. Measures a production build (served by `vite preview`) unless `--dev` is
 * given. Usage: `tsx scripts/bench-timeline.ts [runs=3] [--dev]`.
 */

import { tmpdir } from 'node:os';
import { build, createServer, preview } from 'vite';
import { launchChromium } from './launchChromium.ts';

const DEV = process.argv.includes('--dev');
const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const SIZES = [10_000, 100_000];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const root = new URL('..', import.meta.url).pathname;
const outDir = `${tmpdir()}/chronoscope-bench-dist`;
let base: string;
let close: () => Promise<void>;
if (DEV) {
  const server = await createServer({
    root,
    server: { port: 0, host: '127.0.0.1', hmr: false },
    logLevel: 'error',
  });
  await server.listen();
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  close = () => server.close();
} else {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  close = () => server.close();
}
const browser = await launchChromium();
// Warm Vite's transform cache so the first measured run does not pay for compilation.
{
  const warm = await browser.newPage();
  await warm.goto(`${base}/?synthetic=100`);
  await warm.waitForSelector('body[data-ready]');
  await warm.close();
}
console.log(
  `bench-timeline: ${DEV ? 'Vite dev server' : 'production build'}, ${RUNS} runs each, viewport 1400×900, Chromium headless (software rendering)`,
);
for (const n of SIZES) {
  const paint: number[] = [];
  const render: number[] = [];
  const frameRender: number[] = [];
  const frameGap: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/?synthetic=${n}&seed=${run + 1}`);
    await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
    // Page code is passed as strings: tsx would wrap named functions in a helper the page lacks.
    const t = (await page.evaluate(`({
      ready: performance.getEntriesByName('chronoscope:data-ready')[0].startTime,
      painted: performance.getEntriesByName('chronoscope:first-render')[0].startTime,
    })`)) as { ready: number; painted: number };
    paint.push(t.painted);
    render.push(t.painted - t.ready);
    // Zoom in 60 steps then out 60 steps, one step per animation frame; time each render.
    const frames = (await page.evaluate(`new Promise((resolve) => {
      const x = window.__chronoscope;
      const r = [];
      const g = [];
      let i = 0;
      let last = performance.now();
      const step = (now) => {
        g.push(now - last);
        last = now;
        x.zoomBy(i < 60 ? 1.06 : 1 / 1.06);
        const t0 = performance.now();
        x.renderNow();
        r.push(performance.now() - t0);
        if (++i < 120) requestAnimationFrame(step);
        else resolve({ render: r, gap: g.slice(1) });
      };
      requestAnimationFrame(step);
    })`)) as { render: number[]; gap: number[] };
    frameRender.push(...frames.render);
    frameGap.push(...frames.gap);
    await page.close();
  }
  const f = (x: number): string => x.toFixed(1).padStart(7);
  console.log(
    `${String(n).padStart(7)} events | first paint ${f(median(paint))} ms (render ${f(median(render))} ms) | zoom frame: render median ${f(median(frameRender))} ms, p95 ${f(pct(frameRender, 0.95))} ms; frame interval median ${f(median(frameGap))} ms (${(1000 / median(frameGap)).toFixed(0)} fps)`,
  );
}
await browser.close();
await close();
