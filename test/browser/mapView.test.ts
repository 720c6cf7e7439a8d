import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChronologyEvent, Place } from '../../src/model/chronology.ts';
import { launchChromium } from './helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const KABUL: Place = { name: 'Kabul', kind: 'city', lat: 34.53, lon: 69.17 };
const HERAT: Place = { name: 'Herat', kind: 'city', lat: 34.35, lon: 62.2 };
const KOHISTAN: Place = { name: 'Kohistan', kind: 'district', within: 'Badakhshan', lat: 37.4, lon: 70.9 };

function event(id: string, places: Place[]): ChronologyEvent {
  return {
    id,
    title: id,
    when: {
      start: '2022-04-10',
      end: '2022-04-10',
      precision: 'day',
      value: '2022-04-10',
      approximate: false,
    },
    reported: '2022-04-12',
    mentions: [{ article: 'a', sentence: { start: 0, end: 1, text: 'x' } }],
    actors: [],
    places,
  };
}

const EVENTS = [
  event('k1', [KABUL]),
  event('k2', [KABUL, { name: 'Somewhere unlocated' }]),
  event('k3', [KABUL, KABUL]),
  event('h1', [HERAT]),
  event('b1', [KOHISTAN]),
];

type Hook = {
  view: { update(e: unknown, h: Set<string>, s: string | null): void; destroy(): void };
  calls: unknown[];
};

async function openMap(
  events = EVENTS,
  highlighted: string[] = [],
  selected: string | null = null,
): Promise<Page> {
  // A context of its own: axe needs one, and closing it frees everything.
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/test/browser/pages/map.html`);
  await page.waitForSelector('body[data-ready]');
  await page.evaluate(
    ([ev, hi, sel]) => {
      const hook = (window as unknown as { __map: Hook }).__map;
      hook.view.update(ev, new Set(hi), sel);
    },
    [events, highlighted, selected] as const,
  );
  expect(errors).toEqual([]);
  return page;
}

type Dot = { place: string; label: string; cx: number; cy: number; r: number; cls: string; fill: string };

function dots(page: Page): Promise<Dot[]> {
  return page.$$eval('circle.cs-map-dot', (els) =>
    els.map((c) => ({
      place: c.getAttribute('data-place')!,
      label: c.getAttribute('aria-label')!,
      cx: Number(c.getAttribute('cx')),
      cy: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
      cls: c.getAttribute('class')!,
      fill: getComputedStyle(c).fill,
    })),
  );
}

function calls(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __map: Hook }).__map.calls);
}

describe('map view', () => {
  it('draws one dot per distinct located place at plausible positions, sized by event count', async () => {
    const page = await openMap();
    const d = await dots(page);
    const by = Object.fromEntries(d.map((x) => [x.place, x]));
    expect(d.map((x) => x.label).sort()).toEqual([
      'Herat: 1 event',
      'Kabul: 3 events',
      'Kohistan, Badakhshan: 1 event',
    ]);
    for (const x of d) {
      expect(x.cx).toBeGreaterThan(0);
      expect(x.cx).toBeLessThan(600);
      expect(x.cy).toBeGreaterThan(0);
      expect(x.cy).toBeLessThan(400);
    }
    // West is left, north is up, and the fit spreads the places over most of the width.
    expect(by.Herat!.cx).toBeLessThan(by.Kabul!.cx);
    expect(by.Kohistan!.cy).toBeLessThan(by.Kabul!.cy);
    expect(by.Kabul!.cx - by.Herat!.cx).toBeGreaterThan(250);
    expect(by.Kabul!.r).toBeGreaterThan(by.Herat!.r);
    const labels = await page.$$eval('.cs-map-labels[aria-hidden="true"] text', (ts) =>
      ts.map((t) => t.textContent).sort(),
    );
    expect(labels).toEqual(['Herat', 'Kabul', 'Kohistan']);
    await page.context().close();
  });

  it('loads country shapes lazily and draws only those near the places', async () => {
    const page = await openMap();
    // Afghanistan and its neighbours from the detailed atlas, not the whole world.
    await page.waitForFunction(
      () => {
        const n = document.querySelectorAll('.cs-map-land path').length;
        return n > 4 && n < 60;
      },
      undefined,
      { timeout: 20_000 },
    );
    const n = await page.$$eval('.cs-map-land path', (ps) => ps.length);
    expect(n).toBeLessThan(60);
    await page.context().close();
  });

  it('shows the whole world and no dots when no place has coordinates', async () => {
    const page = await openMap([event('x', [{ name: 'Nowhere' }])]);
    expect(await dots(page)).toEqual([]);
    await page.waitForFunction(() => document.querySelectorAll('.cs-map-land path').length > 100);
    const box = await page.$eval('.cs-map-land', (g) => {
      const b = (g as SVGGElement).getBBox();
      return { width: b.width };
    });
    expect(box.width).toBeGreaterThan(400);
    await page.context().close();
  });

  it('highlights places of highlighted events and marks the selected one', async () => {
    const page = await openMap(EVENTS, ['h1'], 'b1');
    const by = Object.fromEntries((await dots(page)).map((x) => [x.place, x]));
    expect(by.Herat!.cls).toContain('is-highlighted');
    expect(by.Herat!.fill).toBe('rgb(200, 30, 30)');
    expect(by.Kabul!.cls).not.toContain('is-highlighted');
    expect(by.Kabul!.fill).toBe('rgb(20, 40, 160)');
    expect(by.Kohistan!.cls).toContain('is-selected');
    await expect(page.getAttribute('circle[data-place="Kohistan"]', 'aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });

  it('calls onSelectPlaces with the clicked place, and null for empty sea', async () => {
    const page = await openMap();
    await page.click('circle[data-place="Kabul"]');
    await page.mouse.click(4, 4);
    expect(await calls(page)).toEqual([['Kabul'], null]);
    await page.context().close();
  });

  it('selects every place inside a dragged rectangle, and nothing for an empty one', async () => {
    const page = await openMap();
    const box = await page.$eval('svg.cs-map-svg', (s) => s.getBoundingClientRect().toJSON());
    const at = async (place: string) => {
      const c = await page.$eval(`circle[data-place="${place}"]`, (e) => e.getBoundingClientRect().toJSON());
      return { x: c.x + c.width / 2, y: c.y + c.height / 2 };
    };
    const kabul = await at('Kabul');
    const kohistan = await at('Kohistan');
    // From south-west of Kabul to north-east of Kohistan: both inside, Herat (far west) outside.
    await page.mouse.move(kabul.x - 20, kabul.y + 20);
    await page.mouse.down();
    await page.mouse.move(kabul.x + 10, kabul.y, { steps: 3 });
    await expect(page.$$eval('.cs-map-brush', (b) => b.length)).resolves.toBe(1);
    await page.mouse.move(kohistan.x + 20, kohistan.y - 20, { steps: 3 });
    await page.mouse.up();
    // An empty rectangle in a corner clears the selection.
    await page.mouse.move(box.x + 3, box.y + box.height - 3);
    await page.mouse.down();
    await page.mouse.move(box.x + 15, box.y + box.height - 15, { steps: 2 });
    await page.mouse.up();
    const got = (await calls(page)) as (string[] | null)[];
    expect(got.length).toBe(2);
    expect([...got[0]!].sort()).toEqual(['Kabul', 'Kohistan']);
    expect(got[1]).toBeNull();
    await expect(page.$$eval('.cs-map-brush', (b) => b.length)).resolves.toBe(0);
    await page.context().close();
  });

  it('selects with Enter and Space on a focused dot', async () => {
    const page = await openMap();
    await page.focus('circle[data-place="Herat"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await page.keyboard.press('a');
    expect(await calls(page)).toEqual([['Herat'], ['Herat']]);
    // Focus survives a redraw triggered by the selection.
    await page.evaluate(() => {
      const hook = (window as unknown as { __map: { view: Hook['view'] } }).__map;
      hook.view.update([], new Set(), null);
    });
    expect(await dots(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps focus on the same place across updates and passes axe', async () => {
    const page = await openMap();
    await page.focus('circle[data-place="Herat"]');
    await page.evaluate((ev) => {
      (window as unknown as { __map: Hook }).__map.view.update(ev, new Set(['h1']), 'h1');
    }, EVENTS);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-place'))).resolves.toBe(
      'Herat',
    );
    const result = await new AxeBuilder({ page }).include('#map').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('removes itself on destroy', async () => {
    const page = await openMap();
    await page.evaluate(() => (window as unknown as { __map: Hook }).__map.view.destroy());
    await expect(page.$$eval('svg.cs-map-svg', (s) => s.length)).resolves.toBe(0);
    await page.context().close();
  });
});
