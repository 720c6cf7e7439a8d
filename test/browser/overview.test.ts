import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Chronology, ChronologyEvent } from '../../src/model/chronology.ts';
import { axisDomain, launchChromium, openExplorer, SAMPLE, serveJson } from './helpers.ts';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync(new URL(`../..${SAMPLE}`, import.meta.url), 'utf8')) as Chronology;
let browser: Browser;

/** 120 events over spring 2022 plus three stray dates (1948, 1950, 2042), like a real news extraction. */
function withStrays(): Chronology {
  const base = sample.events[3]!;
  const at = (id: string, date: string, title: string): ChronologyEvent => ({
    ...base,
    id,
    title,
    when: { ...base.when, start: date, end: date, value: date },
  });
  const day = (i: number): string =>
    new Date(Date.UTC(2022, 2, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    ...sample,
    events: [
      ...Array.from({ length: 120 }, (_, i) => at(`n${i}`, day(i % 90), `News event ${i}`)),
      at('old1', '1948-05-14', 'Stray from 1948'),
      at('old2', '1950-01-01', 'Stray from 1950'),
      at('future', '2042-03-01', 'Stray from 2042'),
    ],
  };
}

const open = (): Promise<{ page: Page; errors: string[] }> =>
  openExplorer(
    browser,
    baseUrl,
    '?data=/strays.json',
    undefined,
    'light',
    serveJson('/strays.json', withStrays()),
  );

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview with stray dates', () => {
  it('spans the robust extent and counts the strays at its ends', async () => {
    const { page, errors } = await open();
    const ticks = await page.locator('.cs-overview-axis .tick text').allTextContents();
    // Months of 2022, not decades from 1950 to 2040.
    expect(ticks.some((t) => /^(March|April|May)$/.test(t))).toBe(true);
    expect(ticks.some((t) => /^(19|20)[4-9]0$/.test(t))).toBe(false);
    await expect(page.getByRole('button', { name: /^2 earlier/ }).textContent()).resolves.toContain(
      'earlier',
    );
    await expect(page.getByRole('button', { name: /^1 later/ }).isVisible()).resolves.toBe(true);
    // "Fit" shows the same window: the brush is empty.
    await expect(page.locator('.cs-brush .selection').getAttribute('style')).resolves.toMatch(
      /display: none/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps to the nearest stray and opens it when its count is clicked; panning reaches it', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: /^1 later/ }).click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('Stray from 2042');
    const [a, b] = await axisDomain(page);
    expect(Date.parse(a)).toBeLessThan(Date.UTC(2042, 2, 1));
    expect(Date.parse(b)).toBeGreaterThan(Date.UTC(2042, 2, 1));
    await expect(page.locator('.cs-mark[data-id="future"]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: /^2 earlier/ }).click();
    await expect.poll(() => details.locator('h2').textContent()).toBe('Stray from 1950');
    // The zoom's pan bounds still cover the whole extent: dragging right from 1950 reaches 1948.
    const [c0] = await axisDomain(page);
    const box = (await page.locator('.cs-plot').boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + 150);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 150, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(
      (before) => (document.querySelector('.cs-plot') as HTMLElement).dataset.domainStart !== before,
      c0,
    );
    expect(Date.parse((await axisDomain(page))[0])).toBeLessThan(Date.parse(c0));
    await page.close();
  });

  it('follows the main view: zooming in narrows the brush to the window', async () => {
    const { page } = await open();
    const box = (await page.locator('.cs-plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await page.mouse.wheel(0, -500);
    const width = (): Promise<number> =>
      page.locator('.cs-brush .selection').evaluate((el) => Number(el.getAttribute('width') ?? 0));
    await expect.poll(width).toBeGreaterThan(1);
    const svgWidth = await page
      .locator('.cs-overview-svg')
      .evaluate((el) => Number(el.getAttribute('width')));
    expect(await width()).toBeLessThan(svgWidth * 0.9);
    // The brushed window matches the main domain.
    const [a, b] = await axisDomain(page);
    const brushed = await page.evaluate(() => {
      const sel = document.querySelector('.cs-brush .selection')!;
      return [Number(sel.getAttribute('x')), Number(sel.getAttribute('width'))];
    });
    const mainFraction = (Date.parse(b) - Date.parse(a)) / (Date.UTC(2022, 4, 30) - Date.UTC(2022, 2, 1));
    expect(brushed[1]! / svgWidth).toBeGreaterThan(mainFraction * 0.7);
    expect(brushed[1]! / svgWidth).toBeLessThan(mainFraction * 1.3);
    await page.close();
  });
});
