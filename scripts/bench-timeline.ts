/**
 * Explorer speed: opens the app in headless Chromium with synthetic chronologies of 10,000,
 * 100,000 and 1,000,000 events (`?synthetic=N`), and prints medians of first paint and the
 * median and 95th percentile of render time per frame during real wheel zooming (mouse wheel
 * events over the plot) and drag panning (mouse down, moves, up). Measures a production build
 * (served by `vite preview`) unless `--dev` is given.
 * Usage: `tsx scripts/bench-timeline.ts [runs=3] [--dev] [--sizes=10000,100000,1000000]`.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { build, createServer, preview } from 'vite';
import { columnsToArrow } from '../src/chronology/formats/arrowChronology.ts';
import { syntheticColumns } from '../src/timeline/syntheticColumns.ts';
import { launchChromium } from './launchChromium.ts';

const DEV = process.argv.includes('--dev');
const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10000,100000,1000000')
  .split(',')
  .map(Number);

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
/** Opens `query` RUNS times (seed = run number) and prints first paint and frame figures. */
async function measure(n: number, label: string, query: (run: number) => string): Promise<void> {
  const paint: number[] = [];
  const render: number[] = [];
  const frameRender: number[] = [];
  const frameGap: number[] = [];
  let heap = 0;
  const fetchMs: number[] = [];
  const decodeMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/${query(run)}`);
    await page.waitForSelector('body[data-ready]', { timeout: 300_000 });
    // Page code is passed as strings: tsx would wrap named functions in a helper the page lacks.
    const t = (await page.evaluate(`({
      ready: performance.getEntriesByName('chronoscope:data-ready')[0].startTime,
      painted: performance.getEntriesByName('chronoscope:first-render')[0].startTime,
      worker: performance.getEntriesByName('chronoscope:arrow-decoded')[0]?.detail ?? null,
    })`)) as { ready: number; painted: number; worker: { fetchMs: number; decodeMs: number } | null };
    if (t.worker) {
      fetchMs.push(t.worker.fetchMs);
      decodeMs.push(t.worker.decodeMs);
    }
    paint.push(t.painted);
    heap = Math.max(heap, ((await page.evaluate('performance.memory?.usedJSHeapSize ?? 0')) as number) / 1e6);
    render.push(t.painted - t.ready);
    // Real input: 40 wheel steps in, a 60-step drag, 40 wheel steps out, each followed by a frame. The
    // page records every render the explorer does (count and duration) and the gaps between frames.
    await page.evaluate(`(() => {
      const x = window.__chronoscope;
      window.__bench = { render: [], gap: [] };
      let seen = x.renderStats().count;
      let last = performance.now();
      const tick = (now) => {
        window.__bench.gap.push(now - last);
        last = now;
        const s = x.renderStats();
        if (s.count !== seen) { seen = s.count; window.__bench.render.push(s.lastMs); }
        if (!window.__bench.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const box = (await page.locator('.cs-plot').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height / 2, 120);
    const nextFrame = (): Promise<unknown> =>
      page.evaluate('new Promise((r) => requestAnimationFrame(() => r(0)))');
    await page.mouse.move(cx, cy);
    const wheel = async (dy: number): Promise<void> => {
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, dy);
        await nextFrame();
      }
    };
    // Zoomed in first: at the full extent there is nothing to pan to.
    await wheel(-60);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) {
      await page.mouse.move(cx + (i < 30 ? -i : i - 60) * 12, cy);
      await nextFrame();
    }
    await page.mouse.up();
    await wheel(60);
    await nextFrame();
    const frames = (await page.evaluate(
      '(() => { window.__bench.stop = true; return { render: window.__bench.render, gap: window.__bench.gap.slice(1) }; })()',
    )) as { render: number[]; gap: number[] };
    frameRender.push(...frames.render);
    frameGap.push(...frames.gap);
    await page.close();
  }
  const f = (x: number): string => x.toFixed(1).padStart(7);
  console.log(
    `${String(n).padStart(7)} events, ${label} | ${frameRender.length} frames rendered during ${frameGap.length} animation frames | JS heap ${heap.toFixed(0)} MB${fetchMs.length ? ` | worker: fetch ${median(fetchMs).toFixed(0)} ms, decode ${median(decodeMs).toFixed(0)} ms` : ''}`,
  );
  console.log(
    `${String(n).padStart(7)} events, ${label} | first paint ${f(median(paint))} ms (render ${f(median(render))} ms) | wheel zoom + drag pan, per frame: render median ${f(median(frameRender))} ms, p95 ${f(pct(frameRender, 0.95))} ms; frame interval median ${f(median(frameGap))} ms (${(1000 / median(frameGap)).toFixed(0)} fps)`,
  );
}
// Arrow files come from a plain static server: Vite's preview gzips on the fly, which would
// time compressing hundreds of MB rather than opening them.
const files = new Map<string, Uint8Array>();
const fileServer = http.createServer((req, res) => {
  const body = files.get(req.url ?? '');
  res.writeHead(body ? 200 : 404, {
    'access-control-allow-origin': '*',
    'content-type': 'application/vnd.apache.arrow.file',
  });
  res.end(body);
});
await new Promise<void>((resolve) => fileServer.listen(0, '127.0.0.1', resolve));
const fileBase = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}`;
for (const n of SIZES) {
  await measure(n, 'synthetic', (run) => `?synthetic=${n}&seed=${run + 1}`);
  // The same events written as an Arrow file and opened with ?data=, through the worker.
  const { columns, detail } = syntheticColumns(n, { seed: 1 });
  files.clear();
  files.set(`/bench-${n}.arrow`, columnsToArrow(columns, detail));
  await measure(n, 'Arrow file', () => `?data=${fileBase}/bench-${n}.arrow`);
}
fileServer.close();
await browser.close();
await close();
