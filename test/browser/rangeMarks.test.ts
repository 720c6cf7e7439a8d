import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer } from './helpers.ts';

const baseUrl = inject('baseUrl');
const FIXTURE = '/test/fixtures/chronology/planned-ranges.json';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the canvas shows of one range mark, read from its pixels. */
interface Pill {
  readonly asRange: boolean;
  readonly width: number;
  /** Runs of inked pixels along the row just above the pill: 1 for a solid outline. */
  readonly outlineRuns: number;
  /** Share of that row that is inked. */
  readonly outlineInk: number;
  /** Longest inked run of the outline row, in pixels. */
  readonly longestRun: number;
  /** Spread of the colour along the middle row of the pill: 0 for an even fill. */
  readonly fillSpread: number;
}

/**
 * Reads the canvas around the range mark of event `id`. Pixels are compared with the same column
 * a few pixels above the pill, so lane bands and the background cancel out.
 */
function readPill(page: Page, id: string): Promise<Pill> {
  return page.evaluate((eventId) => {
    const x = window.__chronoscope!;
    const p = x.index.positionById.get(eventId)!;
    const it = x
      .frame()!
      .lanes.flatMap((l) => l.items)
      .find((i) => i.p === p)!;
    const canvas = x.dom.canvas;
    const dpr = canvas.width / canvas.clientWidth;
    const ctx = canvas.getContext('2d')!;
    const px = (cx: number, cy: number): number[] => [
      ...ctx.getImageData(Math.floor(cx * dpr), Math.floor(cy * dpr), 1, 1).data,
    ];
    const diff = (a: number[], b: number[]): number => a.reduce((s, v, k) => s + Math.abs(v - b[k]!), 0);
    const top = it.y - 8;
    // Leave out the rounded corners and the start cap.
    const xs: number[] = [];
    for (let cx = Math.ceil(it.x0 + 6); cx <= Math.floor(it.x1 - 6); cx++) xs.push(cx);
    const ink = xs.map((cx) => diff(px(cx, top - 1), px(cx, top - 6)) > 60);
    let runs = 0;
    let longest = 0;
    let run = 0;
    ink.forEach((on, k) => {
      if (on && !ink[k - 1]) runs++;
      run = on ? run + 1 : 0;
      longest = Math.max(longest, run);
    });
    const mid = xs.map((cx) => diff(px(cx, it.y), px(cx, top - 6)));
    return {
      asRange: it.asRange,
      width: it.x1 - it.x0,
      outlineRuns: runs,
      outlineInk: ink.filter(Boolean).length / ink.length,
      longestRun: longest,
      fillSpread: Math.max(...mid) - Math.min(...mid),
    };
  }, id);
}

describe('range marks of planned events', () => {
  it('draws a planned range with a dashed outline and hatching, an unplanned one solid and even', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, `?data=${FIXTURE}`);
    const held = await readPill(page, 'held');
    const planned = await readPill(page, 'second-round');
    expect(held.asRange).toBe(true);
    expect(planned.asRange).toBe(true);
    expect(held.width).toBeGreaterThan(60);
    expect(planned.width).toBeGreaterThan(60);

    // Solid outline, evenly filled.
    expect(held.outlineRuns).toBe(1);
    expect(held.outlineInk).toBeGreaterThan(0.95);
    expect(held.fillSpread).toBeLessThan(10);

    // The 2 px dash of planned dots: many short dashes, and diagonal hatching across the fill.
    expect(planned.outlineRuns).toBeGreaterThan(planned.width / 8);
    expect(planned.outlineInk).toBeLessThan(0.85);
    expect(planned.longestRun).toBeLessThanOrEqual(4);
    expect(planned.fillSpread).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes the dash and hatching of planned ranges from the stylesheet', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, `?data=${FIXTURE}`);
    await page.addStyleTag({
      content: ':root { --cs-planned-dash: 10 6 !important; --cs-planned-hatch-gap: 0 !important; }',
    });
    // A theme change makes the explorer read its palette, and so the planned look, again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    await page.evaluate(() => window.__chronoscope!.renderNow());
    const planned = await readPill(page, 'second-round');
    const held = await readPill(page, 'held');
    // Long dashes now, and an even fill without hatching.
    expect(planned.longestRun).toBeGreaterThanOrEqual(9);
    expect(planned.longestRun).toBeLessThanOrEqual(12);
    expect(planned.outlineRuns).toBeGreaterThan(planned.width / 20);
    expect(planned.fillSpread).toBeLessThan(10);
    expect(held.outlineRuns).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
