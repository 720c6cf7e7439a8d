import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Chronology, ChronologyEvent } from '../../src/model/chronology.ts';
import { facetPicks, launchChromium, openExplorer, pickFacet, SAMPLE } from './helpers.ts';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync(new URL(`../..${SAMPLE}`, import.meta.url), 'utf8')) as Chronology;
const total = sample.events.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const count = (page: Page): Promise<string | null> => page.locator('#cs-count').textContent();
const shownIds = (page: Page): Promise<string[]> =>
  page
    .locator('.cs-mark:not([hidden])')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? '').sort());
const ofTypes = (types: string[]) => (e: ChronologyEvent) => types.includes(e.type ?? 'other');
const inPlaces = (places: string[]) => (e: ChronologyEvent) =>
  e.places.some((p) => places.includes(p.name) || places.includes(p.within ?? ''));
const idsOf = (keep: (e: ChronologyEvent) => boolean): string[] =>
  sample.events
    .filter(keep)
    .map((e) => e.id)
    .sort();
const axeViolations = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('multi-select facets', () => {
  it('shows events of every picked type and place, says how many, and restores them from the permalink', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl);
    const types = ['battle', 'explosion'];
    const both = idsOf(ofTypes(types));
    // Each type alone is fewer: the union really takes both.
    expect(both.length).toBeGreaterThan(idsOf(ofTypes(['battle'])).length);
    expect(both.length).toBeGreaterThan(idsOf(ofTypes(['explosion'])).length);
    await pickFacet(page, 'type', types);
    await expect.poll(() => count(page)).toBe(`${both.length} of ${total} events shown`);
    await expect(shownIds(page)).resolves.toEqual(both);
    const typeButton = page.locator('#cs-facet-type');
    await expect(typeButton.getAttribute('aria-label')).resolves.toBe('Type: battle, explosion (2 selected)');
    await expect(typeButton.locator('.cs-facet-count').textContent()).resolves.toBe('2');

    // Places combine the same way, and facets narrow each other.
    const places = ['Kabul', 'Kohistan'];
    const picked = idsOf((e) => ofTypes(types)(e) && inPlaces(places)(e));
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThan(both.length);
    await pickFacet(page, 'place', places);
    await expect.poll(() => count(page)).toBe(`${picked.length} of ${total} events shown`);
    await expect(shownIds(page)).resolves.toEqual(picked);

    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('place').length === 2);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('type').sort()).toEqual(types);
    expect(params.getAll('place').sort()).toEqual(places);

    const url = page.url();
    const { page: again } = await openExplorer(browser, baseUrl, url.slice(url.indexOf('?')));
    await expect(count(again)).resolves.toBe(`${picked.length} of ${total} events shown`);
    await expect(shownIds(again)).resolves.toEqual(picked);
    await expect(facetPicks(again, 'type')).resolves.toEqual(types);
    await expect(facetPicks(again, 'place').then((v) => v.sort())).resolves.toEqual(places);
    await expect(again.locator('#cs-facet-place').getAttribute('aria-label')).resolves.toMatch(
      /^Place: .*Kabul.*\(2 selected\)$/,
    );

    // "All" clears one facet and leaves the other.
    await again.locator('#cs-facet-type').click();
    await again.getByRole('checkbox', { name: 'All types' }).check();
    await expect.poll(() => count(again)).toBe(`${idsOf(inPlaces(places)).length} of ${total} events shown`);
    await expect(facetPicks(again, 'type')).resolves.toEqual([]);
    await expect(again.getByRole('checkbox', { name: 'All types' }).isChecked()).resolves.toBe(true);
    await again.waitForFunction(() => !new URLSearchParams(location.search).has('type'));
    expect(errors).toEqual([]);
    await page.close();
    await again.close();
  });

  it('works from the keyboard: ↓ opens, arrows move, Space ticks, Esc closes back to the button', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&event=e04`);
    const button = page.locator('#cs-facet-type');
    const panel = page.locator('#cs-facet-type-panel');
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement;
        return a.type === 'checkbox' ? `box:${a.getAttribute('value') ?? 'all'}` : (a.id ?? '');
      });
    await button.focus();
    await expect(panel.isVisible()).resolves.toBe(false);
    await page.keyboard.press('ArrowDown');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(focused()).resolves.toBe('box:all');
    // The list is most frequent first; battle and statement tie at 4, in name order.
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('box:battle');
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('box:statement');
    await page.keyboard.press('End');
    const last = await focused();
    expect(last).not.toBe('box:statement');
    await page.keyboard.press(' ');
    const lastType = last.slice(4);
    const expected = idsOf(ofTypes(['battle', lastType])).length;
    await expect.poll(() => count(page)).toBe(`${expected} of ${total} events shown`);
    // Escape closes the list, not the open event's details.
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    await expect(focused()).resolves.toBe('cs-facet-type');
    await expect(button.getAttribute('aria-label')).resolves.toContain('battle');
    await expect(
      page.getByRole('region', { name: 'Event details' }).locator('h2').textContent(),
    ).resolves.toContain('combing campaign');
    // Tabbing out of an open list closes it.
    await button.click();
    await expect(panel.isVisible()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: /^battle/ }).focus();
    await page.locator('#cs-facet-place').focus();
    await expect(panel.isVisible()).resolves.toBe(false);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations with a facet list open (${scheme})`, async () => {
      const { page } = await openExplorer(
        browser,
        baseUrl,
        `?data=${SAMPLE}&type=battle&place=Kabul`,
        undefined,
        scheme,
      );
      await page.locator('#cs-facet-place').click();
      await expect(page.locator('#cs-facet-place-panel').isVisible()).resolves.toBe(true);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.close();
    });
  }

  it('opens a facet list across a 360 px screen without sideways scrolling', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}`, {
      width: 360,
      height: 740,
    });
    await page.getByRole('button', { name: /^Filters/ }).click();
    // The place facet sits in the right-hand column of the folded panel.
    await page.locator('#cs-facet-place').click();
    const panel = page.locator('#cs-facet-place-panel');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.width).toBeGreaterThan(250);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).resolves.toBe(0);
    await pickFacet(page, 'place', ['Kabul', 'Balkhab']);
    const n = idsOf(inPlaces(['Kabul', 'Balkhab'])).length;
    await expect.poll(() => count(page)).toBe(`${n} of ${total} events shown`);
    await expect(page.getByRole('button', { name: /^Filters/ }).textContent()).resolves.toBe('Filters (1)');
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
