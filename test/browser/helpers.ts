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
