import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer, pickFacet, SAMPLE } from './helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a 360 × 740 phone', () => {
  it('never scrolls sideways and keeps the filters behind a Filters button', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}`, {
      width: 360,
      height: 740,
    });
    await expect(overflow(page)).resolves.toBe(0);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('#cs-facet-type').isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#cs-facet-type').isVisible()).resolves.toBe(true);
    // Every control of the open panel lies inside the screen.
    const boxes = await page
      .locator('#cs-facets select, #cs-facets input, #cs-facets button')
      .filter({ visible: true })
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return {
            id: e.id,
            left: r.left,
            right: r.right,
            height: r.height,
            opacity: getComputedStyle(e).opacity,
          };
        }),
      );
    expect(boxes.length).toBeGreaterThan(6);
    for (const b of boxes) {
      expect(b.left, b.id).toBeGreaterThanOrEqual(0);
      expect(b.right, b.id).toBeLessThanOrEqual(360);
      // A real, painted control: not collapsed, stretched or transparent.
      expect(b.height, b.id).toBeGreaterThan(20);
      expect(b.height, b.id).toBeLessThan(60);
      expect(b.opacity, b.id).toBe('1');
    }
    await page.locator('#cs-from').fill('2022-04-10');
    await expect.poll(() => page.locator('#cs-count').textContent()).toMatch(/of 13 events shown/);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await pickFacet(page, 'type', ['battle', 'explosion']);
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe('5 of 13 events shown');
    await expect(toggle.textContent()).resolves.toBe('Filters (1)');
    await expect(overflow(page)).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the timeline and map in the width and scrolls the details into view on a tap', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}`, {
      width: 360,
      height: 740,
      hasTouch: true,
    });
    for (const sel of ['.cs-plot', '.cs-overview', '.cs-map-panel']) {
      const box = (await page.locator(sel).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await page.locator('.cs-mark[data-id="e04"]').tap();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => details.locator('h2').textContent()).toContain('combing campaign');
    await expect.poll(() => details.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(740);
    await expect(overflow(page)).resolves.toBe(0);
    await page.close();
  });
});
