import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer } from './helpers.ts';

const baseUrl = inject('baseUrl');
/** The sample chronology ranked: four key events, a tally event, and death tolls from two sources. */
const RANKED = '?data=/test/fixtures/chronology/salience.json';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const shownIds = (page: import('playwright-core').Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(window.__chronoscope!.filtered(), (p) => window.__chronoscope!.index.events[p]!.id),
  );

describe('key events', () => {
  it('shows only the key events when toggled, and the permalink keeps the toggle', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, RANKED);
    const toggle = page.getByRole('button', { name: 'Key events' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(shownIds(page)).resolves.toHaveLength(13);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => shownIds(page)).toEqual(['e04', 'e05', 'e09', 'e10']);
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe('4 of 13 events shown');
    await expect.poll(() => page.url()).toMatch(/[?&]key=1\b/);

    // The permalink, opened afresh, comes back with the toggle on.
    const again = await openExplorer(browser, baseUrl, new URL(page.url()).search);
    await expect(
      again.page.getByRole('button', { name: 'Key events' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(shownIds(again.page)).resolves.toEqual(['e04', 'e05', 'e09', 'e10']);
    await again.page.getByRole('button', { name: 'Key events' }).click();
    await expect.poll(() => shownIds(again.page)).toHaveLength(13);
    await expect.poll(() => again.page.url()).not.toMatch(/[?&]key=/);
    expect(errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('hides the toggle for a chronology without ranking', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await expect(page.locator('#cs-key').isHidden()).resolves.toBe(true);
    await expect(page.locator('.cs-tally-band').count()).resolves.toBe(0);
    await page.close();
  });

  it('sorts the list by salience, key events first, and keeps the order in the permalink', async () => {
    const { page } = await openExplorer(browser, baseUrl, RANKED);
    const firstTitle = (): Promise<string | null> =>
      page.locator('.cs-list tbody tr').first().locator('button').textContent();
    await expect(firstTitle()).resolves.toMatch(/^Security incidents resume/);
    await page.locator('#cs-list-sort').selectOption('salience');
    await expect.poll(firstTitle).toMatch(/^Taliban launch combing campaign/);
    await expect.poll(() => page.url()).toMatch(/[?&]sort=salience\b/);
    await page.close();
  });
});

describe('tally band', () => {
  it('draws one running-total line per source, following the zoom', async () => {
    const { page } = await openExplorer(browser, baseUrl, RANKED);
    const band = page.locator('.cs-tally-band');
    await expect(band.getAttribute('aria-label')).resolves.toBe('Running totals: reported deaths');
    const series = band.locator('g.cs-tally-series');
    await expect(series.count()).resolves.toBe(2);
    await expect(
      series.evaluateAll((gs) =>
        gs.map((g) => [g.getAttribute('data-source'), g.getAttribute('data-points')]),
      ),
    ).resolves.toEqual([
      ['Al Jazeera (English translation)', '4'],
      ['unknown Afghan outlet', '3'],
    ]);
    await expect(band.locator('circle.cs-tally-dot').count()).resolves.toBe(7);
    // Each line rises left to right: later reports give bigger totals, higher up (smaller y).
    const ys = await band
      .locator('g.cs-tally-series')
      .first()
      .locator('circle')
      .evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    for (let i = 1; i < ys.length; i++) {
      expect(ys[i]![0]).toBeGreaterThan(ys[i - 1]![0]!);
      expect(ys[i]![1]).toBeLessThan(ys[i - 1]![1]!);
    }
    const before = await band.locator('path.cs-tally-line').first().getAttribute('d');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => band.locator('path.cs-tally-line').first().getAttribute('d')).not.toBe(before);
    await page.close();
  });
});
