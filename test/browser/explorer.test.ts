import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Chronology } from '../../src/model/chronology.ts';
import {
  axisDomain,
  facetPicks,
  launchChromium,
  openExplorer,
  pickFacet,
  SAMPLE,
  serveJson,
} from './helpers.ts';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync(new URL(`../..${SAMPLE}`, import.meta.url), 'utf8')) as Chronology;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('explorer basics', () => {
  it('loads the sample with no console errors and counts every event', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl);
    await expect(page.locator('h1').textContent()).resolves.toBe('Chronoscope');
    await expect(page.locator('#cs-count').textContent()).resolves.toBe(`${sample.events.length} events`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps one accessible mark per event in view', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const marks = page.locator('.cs-mark:not([hidden])');
    await expect(marks.count()).resolves.toBe(sample.events.length);
    const ids = await marks.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id).sort());
    expect(ids).toEqual(sample.events.map((e) => e.id).sort());
    // Zoom into April: only events overlapping that window keep a mark.
    await page.evaluate(() => {
      const x = window.__chronoscope!;
      x.dispatch((s) => ({ ...s, view: { start: Date.UTC(2022, 3, 9), end: Date.UTC(2022, 3, 13) } }));
      x.renderNow();
    });
    const inView = sample.events.filter(
      (e) => e.when.start <= '2022-04-12' && e.when.end >= '2022-04-09',
    ).length;
    expect(inView).toBeLessThan(sample.events.length);
    await expect(marks.count()).resolves.toBe(inView);
    await expect(page.locator('.cs-plot').getAttribute('data-in-view')).resolves.toBe(String(inView));
    await page.close();
  });

  it('opens the details with the temporal expression highlighted on click', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await page.locator('.cs-mark[data-id="e04"]').click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect.poll(() => details.locator('h2').textContent()).toContain('combing campaign');
    await expect(details.locator('mark').first().textContent()).resolves.toBe('the day before yesterday');
    await expect(details.textContent()).resolves.toContain('published 12 April 2022 → 10 April 2022');
    await expect(details.locator('a[href^="https://www.tellerreport.com"]').count()).resolves.toBeGreaterThan(
      0,
    );
    await expect(details.textContent()).resolves.toContain('Sources disagree');
    await page.close();
  });

  it("shows a title's referent in brackets in the details and the list, and finds it by search", async () => {
    const e = sample.events.find((x) => x.id === 'e04')!;
    const at = e.mentions[0]!.sentence.start;
    const withReferent: Chronology = {
      ...sample,
      events: sample.events.map((x) =>
        x === e
          ? {
              ...x,
              title: 'They launched a combing campaign',
              referent: {
                words: { start: at, end: at + 4, text: 'They' },
                name: { start: at, end: at + 19, text: 'the Taliban fighters' },
              },
            }
          : x,
      ),
    };
    const { page, errors } = await openExplorer(
      browser,
      baseUrl,
      '?data=/referent.json',
      undefined,
      undefined,
      serveJson('/referent.json', withReferent),
    );
    await page.locator('.cs-mark[data-id="e04"]').click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect
      .poll(() => details.locator('h2').textContent())
      .toBe('[The Taliban fighters] launched a combing campaign');
    await expect(page.locator('.cs-list').textContent()).resolves.toContain(
      '[The Taliban fighters] launched a combing campaign',
    );
    await page.getByRole('searchbox', { name: 'Search events' }).fill('taliban fighters');
    await page.waitForFunction(() => document.querySelector('#cs-count')?.textContent?.includes('of'));
    await expect(page.locator('.cs-mark:not([hidden])').count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.locator('.cs-mark[data-id="e04"]:not([hidden])').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a bracket inside a title: a possessive in its place, a place beside "there"', async () => {
    const at = (id: string) => sample.events.find((x) => x.id === id)!.mentions[0]!.sentence.start;
    const inside: Chronology = {
      ...sample,
      events: sample.events.map((x) =>
        x.id === 'e04'
          ? {
              ...x,
              title: 'Protests against his rule began',
              referent: {
                words: { start: at('e04') + 17, end: at('e04') + 20, text: 'his' },
                name: { start: at('e04'), end: at('e04') + 15, text: 'Bashar al-Assad' },
              },
            }
          : x.id === 'e05'
            ? {
                ...x,
                title: 'Thousands have died there in an uprising',
                referent: {
                  words: { start: at('e05') + 20, end: at('e05') + 25, text: 'there' },
                  name: { start: at('e05'), end: at('e05') + 5, text: 'Syria' },
                },
              }
            : x,
      ),
    };
    const { page, errors } = await openExplorer(
      browser,
      baseUrl,
      '?data=/inside.json',
      undefined,
      undefined,
      serveJson('/inside.json', inside),
    );
    await page.locator('.cs-mark[data-id="e04"]').click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect
      .poll(() => details.locator('h2').textContent())
      .toBe("Protests against [Bashar al-Assad's] rule began");
    const list = await page.locator('.cs-list').textContent();
    expect(list).toContain("Protests against [Bashar al-Assad's] rule began");
    expect(list).toContain('Thousands have died there [Syria] in an uprising');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms with the mouse wheel, changing the axis domain', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const [a0, b0] = await axisDomain(page);
    const box = (await page.locator('.cs-plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(
      (before) => (document.querySelector('.cs-plot') as HTMLElement).dataset.domainStart !== before,
      a0,
    );
    const [a1, b1] = await axisDomain(page);
    expect(Date.parse(b1) - Date.parse(a1)).toBeLessThan(Date.parse(b0) - Date.parse(a0));
    await page.close();
  });
});

describe('keyboard and search', () => {
  it('moves between events with the arrow keys, opens with Enter, closes with Escape, zooms with +', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await page.locator('.cs-mark[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toMatch(/^1 March – 12 April 2022: Security incidents/);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(first);
    expect(second).toMatch(/^sometime before 12 April 2022: Homes in Kabul/);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect
      .poll(() => details.locator('h2').textContent())
      .toBe('Homes in Kabul searched for weapons for weeks');
    await page.keyboard.press('Escape');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Event details');
    const [a0, b0] = await axisDomain(page);
    await page.keyboard.press('+');
    await page.waitForFunction(
      (before) => (document.querySelector('.cs-plot') as HTMLElement).dataset.domainStart !== before,
      a0,
    );
    const [a1, b1] = await axisDomain(page);
    expect(Date.parse(b1) - Date.parse(a1)).toBeLessThan(Date.parse(b0) - Date.parse(a0));
    await page.close();
  });

  it('stops keyboard panning and zooming at the limits a mouse drag has', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&from=2022-04-01&to=2022-04-15`);
    const extent = (await page.evaluate(() => window.__chronoscope!.index.extent)) as [number, number];
    const pad = Math.max((extent[1] - extent[0]) * 0.03, 86_400_000);
    const minute = 60_000;
    const domain = async (): Promise<[number, number]> => {
      const [a, b] = await axisDomain(page);
      return [Date.parse(a), Date.parse(b)];
    };
    const [s0, e0] = await domain();
    // A mouse drag far to the right reaches the earliest date the view may show.
    const box = (await page.locator('.cs-plot').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 12);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 400, box.y + 12);
    await page.mouse.up();
    await expect.poll(async () => (await domain())[0]).toBeLessThan(s0);
    const [dragStart] = await domain();
    expect(dragStart).toBeGreaterThanOrEqual(extent[0] - pad - minute);

    await page.evaluate(
      (v) => {
        window.__chronoscope!.dispatch((s) => ({ ...s, view: v }));
        window.__chronoscope!.renderNow();
      },
      { start: s0, end: e0 },
    );
    await page.getByRole('button', { name: 'Show all events' }).focus();
    for (let i = 0; i < 200; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await domain())[0]).toBeLessThan(s0);
    const [start, end] = await domain();
    // The same limit as the drag, and the same span as before: the data stays on screen.
    expect(Math.abs(start - dragStart)).toBeLessThanOrEqual(minute);
    expect(Math.abs(end - start - (e0 - s0))).toBeLessThanOrEqual(minute);
    await expect(page.locator('.cs-plot').getAttribute('data-in-view')).resolves.not.toBe('0');

    for (let i = 0; i < 200; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await domain())[1]).toBeGreaterThan(end);
    const [, right] = await domain();
    expect(right).toBeLessThanOrEqual(extent[1] + pad + minute);
    expect(right).toBeGreaterThanOrEqual(extent[1] + pad - minute);
    await expect(page.locator('.cs-plot').getAttribute('data-in-view')).resolves.not.toBe('0');

    // Zooming out with − stops at the whole extent; zooming in stops at one hour.
    for (let i = 0; i < 30; i++) await page.keyboard.press('-');
    await expect
      .poll(async () => {
        const [a, b] = await domain();
        return b - a;
      })
      .toBeLessThanOrEqual(extent[1] - extent[0] + 2 * pad + minute);
    for (let i = 0; i < 60; i++) await page.keyboard.press('+');
    await expect
      .poll(async () => {
        const [a, b] = await domain();
        return b - a;
      })
      .toBeGreaterThanOrEqual(3_600_000 - minute);
    await page.close();
  });

  it('filters the count and the marks with the search box', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const titles = new Map(sample.articles.map((a) => [a.id, a.title]));
    const expected = sample.events.filter((e) =>
      [
        e.title,
        ...e.mentions.flatMap((m) => [m.sentence.text, titles.get(m.article) ?? '']),
        ...e.places.map((p) => p.name),
      ]
        .join(' ')
        .toLowerCase()
        .includes('nijrab'),
    ).length;
    expect(expected).toBe(1);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Nijrab');
    await page.waitForFunction(() => document.querySelector('#cs-count')?.textContent?.includes('of'));
    await expect(page.locator('#cs-count').textContent()).resolves.toBe(
      `1 of ${sample.events.length} events shown`,
    );
    await expect(page.locator('.cs-mark:not([hidden])').count()).resolves.toBe(1);
    await page.close();
  });

  it('round-trips the whole state through the permalink', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Kohistan');
    await page.locator('#cs-lanes').selectOption('place');
    await pickFacet(page, 'type', ['battle']);
    await page.locator('.cs-mark[data-id="e05"]').click();
    await page.locator('.cs-plot').hover();
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(
      () =>
        /event=e05/.test(location.search) &&
        /from=/.test(location.search) &&
        /q=Kohistan/.test(location.search),
    );
    const url = page.url();
    const domain = await axisDomain(page);
    const { page: again } = await openExplorer(browser, baseUrl, url.slice(url.indexOf('?')));
    await expect(again.getByRole('searchbox', { name: 'Search events' }).inputValue()).resolves.toBe(
      'Kohistan',
    );
    await expect(again.locator('#cs-lanes').inputValue()).resolves.toBe('place');
    await expect(facetPicks(again, 'type')).resolves.toEqual(['battle']);
    await expect(
      again.getByRole('region', { name: 'Event details' }).locator('h2').textContent(),
    ).resolves.toContain('Special forces');
    const domain2 = await axisDomain(again);
    expect(Math.abs(Date.parse(domain2[0]) - Date.parse(domain[0]))).toBeLessThanOrEqual(60_000);
    expect(Math.abs(Date.parse(domain2[1]) - Date.parse(domain[1]))).toBeLessThanOrEqual(60_000);
    await page.close();
    await again.close();
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the ${scheme} theme, with details open`, async () => {
      const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&event=e04`, undefined, scheme);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
      await page.close();
    });
  }
});
