import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chronologyToArrow } from '../../src/chronology/formats/arrowChronology.ts';
import type { Chronology } from '../../src/model/chronology.ts';
import { launchChromium, openExplorer, SAMPLE } from './helpers.ts';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync(new URL(`../..${SAMPLE}`, import.meta.url), 'utf8')) as Chronology;
const arrowBytes = Buffer.from(chronologyToArrow(sample));
const ARROW_PATH = '/test/sample.arrow';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const serveArrow = async (page: Page): Promise<void> => {
  await page.route(
    (url) => url.pathname === ARROW_PATH,
    (r) => r.fulfill({ body: arrowBytes, contentType: 'application/vnd.apache.arrow.file' }),
  );
};

/** Ids of the accessible marks, and the count line, as the page shows them. */
const shown = async (page: Page): Promise<{ count: string | null; ids: string[] }> => ({
  count: await page.locator('#cs-count').textContent(),
  ids: (
    await page.locator('.cs-mark').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''))
  ).sort(),
});

describe('Arrow chronologies in the explorer', () => {
  it('opens ?data=x.arrow with the same events as the JSON', async () => {
    const json = await openExplorer(browser, baseUrl);
    const fromJson = await shown(json.page);
    await json.page.close();
    const { page, errors } = await openExplorer(
      browser,
      baseUrl,
      `?data=${ARROW_PATH}`,
      undefined,
      'light',
      serveArrow,
    );
    expect(fromJson.count).toBe(`${sample.events.length} events`);
    expect(await shown(page)).toEqual(fromJson);
    await expect(page.locator('.cs-subtitle, header').first().textContent()).resolves.toContain(
      `${sample.events.length} events`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads an event’s mentions when it is opened', async () => {
    const { page } = await openExplorer(
      browser,
      baseUrl,
      `?data=${ARROW_PATH}`,
      undefined,
      'light',
      serveArrow,
    );
    await page.locator('.cs-mark[data-id="e04"]').click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => details.locator('h2').textContent()).toContain('combing campaign');
    await expect(details.locator('mark').first().textContent()).resolves.toBe('the day before yesterday');
    await expect(details.textContent()).resolves.toContain('published 12 April 2022 → 10 April 2022');
    await expect(details.textContent()).resolves.toContain('Sources disagree');
    // Every event read back from the columns, details included, is the JSON event.
    const events = await page.evaluate(() => JSON.parse(JSON.stringify(window.__chronoscope!.index.events)));
    expect(events).toEqual(sample.events);
    await page.close();
  });

  it('opens a picked .arrow file (the twin of dropping it)', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, '?synthetic=50&seed=3');
    await page
      .locator('.cs-open input[type="file"]')
      .setInputFiles({ name: 'sample.arrow', mimeType: 'application/octet-stream', buffer: arrowBytes });
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe(`${sample.events.length} events`);
    await expect(page.locator('.cs-mark[data-id="e04"]').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a broken .arrow file', async () => {
    const { page } = await openExplorer(browser, baseUrl, '?synthetic=50&seed=3');
    await page.locator('.cs-open input[type="file"]').setInputFiles({
      name: 'broken.arrow',
      mimeType: 'application/octet-stream',
      buffer: arrowBytes.subarray(0, 64),
    });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('broken.arrow');
    await page.close();
  });

  it('opens a million synthetic events, aggregated when zoomed out, every event in the count', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, '?synthetic=1000000&seed=2');
    await expect(page.locator('#cs-count').textContent()).resolves.toBe('1000000 events');
    const lanes = await page.evaluate(() => window.__chronoscope!.frame()!.lanes.map((l) => l.mode));
    expect(lanes).toContain('key');
    const inView = Number(await page.locator('.cs-plot').getAttribute('data-in-view'));
    expect(inView).toBeGreaterThan(900_000);
    // Opening a key event reads its made-up mention on demand.
    await page.locator('.cs-mark').first().click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => details.textContent()).toContain('said.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
