import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axisDomain, facetPicks, launchChromium, openExplorer, SAMPLE } from './helpers.ts';

const baseUrl = inject('baseUrl');
const root = new URL('../..', import.meta.url).pathname;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('explorer features', () => {
  it('opens the valid events of a partly invalid chronology and names the bad field', async () => {
    const { page } = await openExplorer(browser, baseUrl, '?data=/test/fixtures/chronology/invalid.json');
    const notice = page.locator('.cs-notice');
    await expect(notice.locator('summary').textContent()).resolves.toBe(
      '1 of 2 events failed the schema and are not shown',
    );
    await expect(notice.textContent()).resolves.toContain('/events/1/when/precision');
    await expect(page.locator('#cs-count').textContent()).resolves.toMatch(/^1 events?$/);
    await page.close();
  });

  it('switches lanes: grouping by place gives one labelled lane per place', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await expect(page.locator('.cs-lane-label').count()).resolves.toBe(2);
    await page.locator('#cs-lanes').selectOption('place');
    await expect.poll(() => page.locator('.cs-lane-label').count()).toBeGreaterThan(5);
    const labels = await page.locator('.cs-lane-label').allTextContents();
    expect(labels.some((l) => l.startsWith('Kohistan · 4'))).toBe(true);
    // An event with two places sits in both lanes but keeps one accessible mark.
    await expect(page.locator('.cs-mark:not([hidden])').count()).resolves.toBe(13);
    const laneTotal = async (): Promise<number> =>
      (await page.locator('.cs-lane-label').allTextContents())
        .filter((l) => !l.startsWith('Vague dates'))
        .reduce((n, l) => n + Number(/ · (\d+) in view/.exec(l)?.[1] ?? 0), 0);
    expect(await laneTotal()).toBeGreaterThan(13 - 2);
    for (const by of ['actor', 'source', 'type'] as const) {
      const before = await page.locator('.cs-lane-label').allTextContents();
      await page.locator('#cs-lanes').selectOption(by);
      await expect.poll(() => page.locator('.cs-lane-label').allTextContents()).not.toEqual(before);
      await expect(page.locator('.cs-lane-label').count()).resolves.toBeGreaterThan(1);
      await expect(page.locator('.cs-mark:not([hidden])').count()).resolves.toBe(13);
    }
    const types = await page.locator('.cs-lane-label').allTextContents();
    expect(types.some((l) => /^battle · \d+ in view/.test(l))).toBe(true);
    await page.close();
  });

  it('drives the main view from the overview brush', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const [a0] = await axisDomain(page);
    const box = (await page.locator('.cs-overview-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + 15);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + 15, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(
      (before) => (document.querySelector('.cs-plot') as HTMLElement).dataset.domainStart !== before,
      a0,
    );
    const [a1, b1] = await axisDomain(page);
    const span = Date.parse(b1) - Date.parse(a1);
    const full = (await page.evaluate(
      () => window.__chronoscope!.index.extent![1] - window.__chronoscope!.index.extent![0],
    )) as number;
    expect(span).toBeLessThan(full * 0.4);
    await page.close();
  });

  it('follows the system theme and toggles it, and fits a 360 px screen', async () => {
    const { page } = await openExplorer(
      browser,
      baseUrl,
      `?data=${SAMPLE}`,
      { width: 360, height: 740 },
      'dark',
    );
    const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(bg()).resolves.toBe('rgb(15, 20, 25)');
    await page.getByRole('button', { name: 'Switch between light and dark theme' }).click();
    await expect.poll(bg).toBe('rgb(255, 255, 255)');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.close();
  });

  it('filters the timeline by place when a place is picked on the map', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const dot = page.locator('.cs-map-panel [role="button"], .cs-map-panel circle[tabindex]').first();
    await dot.waitFor({ timeout: 10_000 });
    // Enter on a focused dot is the map's documented selection gesture (dots may overlap for clicks).
    await dot.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#cs-count').textContent()).toMatch(/of 13 events shown/);
    await expect(facetPicks(page, 'place')).resolves.not.toEqual([]);
    await expect(page.locator('#cs-facet-place').getAttribute('aria-label')).resolves.not.toBe(
      'Place: all places',
    );
    await page.close();
  });

  it('marks the selected event on the map and dims places outside the time window', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&event=e04`);
    await expect.poll(() => page.locator('.cs-map-dot.is-selected').count()).toBeGreaterThan(0);
    const highlighted = (): Promise<number> => page.locator('.cs-map-dot.is-highlighted').count();
    await expect.poll(highlighted).toBeGreaterThan(0);
    const all = await highlighted();
    // Zoom the timeline to the Balkhab days (June): Badakhshan places are no longer in view.
    await page.evaluate(() => {
      const x = window.__chronoscope!;
      x.dispatch((s) => ({ ...s, view: { start: Date.UTC(2022, 5, 20), end: Date.UTC(2022, 5, 28) } }));
    });
    await expect.poll(highlighted).toBeLessThan(all);
    await page.close();
  });

  it('exports the filtered events as CSV', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&type=battle`);
    await page.locator('.cs-menu summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV (filtered events)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const rows = text.trim().split('\n').length - 1;
    expect(download.suggestedFilename()).toBe('events.csv');
    expect(rows).toBeGreaterThanOrEqual(4);
    expect(text).toContain('combing campaign');
    expect(text).not.toContain('Nijrab');
    await page.close();
  });

  it('opens a chronology picked with the Open button', async () => {
    const { page } = await openExplorer(browser, baseUrl, '?synthetic=50&seed=3');
    await expect(page.locator('#cs-count').textContent()).resolves.toBe('50 events');
    await page
      .locator('.cs-open input[type="file"]')
      .setInputFiles(`${root}test/fixtures/chronology/sample.json`);
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe('13 events');
    await page.close();
  });

  it('runs the article pipeline in a worker for dropped articles', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}`);
    // Every status message, so the transient progress lines can be checked afterwards.
    await page.evaluate(() => {
      const seen: string[] = [];
      const observer = new MutationObserver(() => {
        const t = document.querySelector('.cs-status')?.textContent;
        if (t && seen.at(-1) !== t) seen.push(t);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      Object.assign(window, { statuses: seen, statusObserver: observer, first: window.__chronoscope });
    });
    await page
      .locator('.cs-open input[type="file"]')
      .setInputFiles([
        `${root}data/articles/2022-04-12-badakhshan.md`,
        `${root}data/articles/2022-06-26-balkhab.md`,
      ]);
    // The sample comes from the same two articles, so wait for a new explorer, not a new subtitle.
    await page.waitForFunction(
      () => window.__chronoscope && window.__chronoscope !== (window as unknown as { first: unknown }).first,
      undefined,
      { timeout: 30_000 },
    );
    // (Under load the explorer may show the first article's events before the second's are in.)
    await page.waitForFunction(
      () => /events from 2 articles/.test(document.querySelector('.cs-subtitle')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    await expect(page.locator('.cs-subtitle').textContent()).resolves.toMatch(/events from 2 articles/);
    await expect(page.locator('.cs-mark').count()).resolves.toBeGreaterThan(0);
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses).toContain('Processing articles: 2 of 2…');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('density to items', () => {
  it('shows counts as bars when zoomed out over 20,000 events, and every event once zoomed in', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, '?synthetic=20000&seed=5');
    const stats = (): Promise<{ modes: string[]; inView: number; marks: number }> =>
      page.evaluate(() => {
        const f = window.__chronoscope!.frame()!;
        return {
          modes: f.lanes.filter((l) => !l.vague).map((l) => l.mode),
          inView: f.inView.length,
          marks: document.querySelectorAll('.cs-mark:not([hidden])').length,
        };
      });
    const out = await stats();
    expect(out.modes).toEqual(['key']);
    expect(out.inView).toBeGreaterThan(15_000);
    expect(out.marks).toBeGreaterThan(0);
    expect(out.marks).toBeLessThanOrEqual(300);
    // Zoom to six hours: few enough events that each one is drawn and focusable.
    await page.evaluate(() => {
      const x = window.__chronoscope!;
      const p = x.filtered()[Math.floor(x.filtered().length / 2)]!;
      const t = x.index.start[p]!;
      x.dispatch((s) => ({ ...s, view: { start: t - 3 * 3_600_000, end: t + 3 * 3_600_000 } }));
      x.renderNow();
    });
    const zoomed = await stats();
    expect(zoomed.modes).toEqual(['items']);
    expect(zoomed.marks).toBe(zoomed.inView);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('image export', () => {
  it('exports the timeline as a standalone SVG with the canvas marks embedded', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await page.locator('.cs-menu summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG image' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('data:image/png;base64,');
    expect(text).toMatch(/>(Mar|April|Apr)</);
    await page.close();
  });
});
