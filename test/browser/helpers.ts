import type { Browser, Page } from 'playwright-core';

export { launchChromium } from '../../scripts/launchChromium.ts';

/** The fixture chronology the browser tests open. */
export const SAMPLE = '/test/fixtures/chronology/sample.json';

/** Opens the explorer at `query` and waits for its first render; collects console errors. */
export async function openExplorer(
  browser: Browser,
  baseUrl: string,
  query = `?data=${SAMPLE}`,
  viewport: { width: number; height: number; hasTouch?: boolean } = { width: 1300, height: 900 },
  colorScheme: 'light' | 'dark' = 'light',
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  // AxeBuilder needs a page from an explicit context.
  const { hasTouch = false, ...size } = viewport;
  const context = await browser.newContext({ viewport: size, colorScheme, hasTouch });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await beforeLoad?.(page);
  await page.goto(`${baseUrl}/${query}`);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  // The list view renders just after the canvas; wait for it so tests see a settled page.
  await page.waitForSelector('.cs-list table');
  return { page, errors };
}

/** Serves `body` as JSON at `path` on `page`, for chronologies made inside a test. */
export function serveJson(path: string, body: unknown): (page: Page) => Promise<void> {
  return async (page) => {
    await page.route(
      (url) => url.pathname === path,
      (r) => r.fulfill({ body: JSON.stringify(body), contentType: 'application/json' }),
    );
  };
}

/** The main axis domain as [start, end] ISO strings. */
export async function axisDomain(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const d = (document.querySelector('.cs-plot') as HTMLElement).dataset;
    return [d.domainStart ?? '', d.domainEnd ?? ''] as [string, string];
  });
}

/**
 * Ticks `values` in the facet menu `key` (`type`, `place`, …) with the mouse and closes the menu
 * with Escape. Values already ticked stay ticked.
 */
export async function pickFacet(page: Page, key: string, values: readonly string[]): Promise<void> {
  const button = page.locator(`#cs-facet-${key}`);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.locator(`#cs-facet-${key}-panel`);
  for (const v of values) await panel.locator(`input[type="checkbox"][value=${JSON.stringify(v)}]`).check();
  await page.keyboard.press('Escape');
}

/** The values ticked in the facet menu `key`, in list order (open or not). */
export async function facetPicks(page: Page, key: string): Promise<string[]> {
  return page
    .locator(`#cs-facet-${key}-panel input[type="checkbox"][value]:checked`)
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}
