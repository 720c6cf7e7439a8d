import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toEventsCsv } from '../../src/chronology/formats/eventsCsv.ts';
import { toTimelineJs } from '../../src/chronology/formats/timelineJs.ts';
import type { Chronology, ChronologyEvent } from '../../src/model/chronology.ts';
import { validateChronology } from '../../src/model/validateChronology.ts';
import { axisDomain, launchChromium, openExplorer, pickFacet, SAMPLE } from './helpers.ts';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync(new URL(`../..${SAMPLE}`, import.meta.url), 'utf8')) as Chronology;
const total = sample.events.length;
const sourceOf = new Map(sample.articles.map((a) => [a.id, a.source]));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const countText = (n: number): string => (n === total ? `${total} events` : `${n} of ${total} events shown`);

async function download(page: Page, name: string): Promise<{ file: string; text: string; bytes: Buffer }> {
  await page.locator('.cs-menu summary').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = (await d.path())!;
  const bytes = readFileSync(path);
  return { file: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

describe('search facets', () => {
  it('filters by each facet and by a date range, updating the count', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const e04 = sample.events.find((e) => e.id === 'e04')!;
    const place = e04.places[0]!.name;
    const actor = e04.actors[0]!.name;
    const source = sourceOf.get(e04.mentions[0]!.article)!;
    const cases: [string, string, (e: ChronologyEvent) => boolean][] = [
      ['type', 'battle', (e) => (e.type ?? 'other') === 'battle'],
      ['place', place, (e) => e.places.some((x) => x.name === place || x.within === place)],
      ['actor', actor, (e) => e.actors.some((a) => a.name === actor)],
      ['source', source, (e) => e.mentions.some((m) => sourceOf.get(m.article) === source)],
      ['precision', 'day', (e) => e.when.precision === 'day'],
    ];
    for (const [facet, value, keep] of cases) {
      const n = sample.events.filter(keep).length;
      expect(n, `${facet} narrows the sample`).toBeLessThan(total);
      expect(n).toBeGreaterThan(0);
      await pickFacet(page, facet, [value]);
      await expect.poll(() => page.locator('#cs-count').textContent(), { message: facet }).toBe(countText(n));
      await expect(page.locator('.cs-mark:not([hidden])').count()).resolves.toBe(n);
      await page.getByRole('button', { name: 'Clear', exact: true }).click();
      await expect.poll(() => page.locator('#cs-count').textContent()).toBe(countText(total));
    }
    // An event passes a date range when its interval overlaps it.
    const inRange = sample.events.filter(
      (e) => e.when.start.slice(0, 10) <= '2022-04-11' && e.when.end.slice(0, 10) >= '2022-04-10',
    ).length;
    expect(inRange).toBeLessThan(total);
    await page.locator('#cs-from').fill('2022-04-10');
    await page.locator('#cs-to').fill('2022-04-11');
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe(countText(inRange));
    await expect.poll(() => page.url()).toMatch(/after=2022-04-10&before=2022-04-11/);
    await page.close();
  });
});

describe('list view, names and keyboard', () => {
  it('names every mark by date and title, lists the events in view, and opens one from the table', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    const labels = await page
      .locator('.cs-mark:not([hidden])')
      .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.id, e.getAttribute('aria-label')]));
    expect(labels).toHaveLength(total);
    for (const [id, label] of labels) {
      const e = sample.events.find((x) => x.id === id)!;
      expect(label!.endsWith(`: ${e.title}`)).toBe(true);
      expect(label!.slice(0, -e.title.length - 2)).toMatch(/\b20\d\d\b/);
    }
    await expect(page.getByRole('searchbox', { name: 'Search events' }).count()).resolves.toBe(1);
    const table = page.getByRole('region', { name: 'Events in view, as a table' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(total);
    await table.getByRole('button', { name: /Special forces/ }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Event details' }).locator('h2').textContent())
      .toContain('Special forces');
    await page.close();
  });

  it('zooms out with − after zooming in with +', async () => {
    const { page } = await openExplorer(browser, baseUrl);
    await page.locator('.cs-mark[tabindex="0"]').focus();
    const span = async (): Promise<number> => {
      const [a, b] = await axisDomain(page);
      return Date.parse(b) - Date.parse(a);
    };
    const s0 = await span();
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(s0 * 0.8);
    const s1 = await span();
    await page.keyboard.press('-');
    await expect.poll(span).toBeGreaterThan(s1 * 1.3);
    await page.close();
  });
});

describe('touch', () => {
  it('pans the timeline with a one-finger drag', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&from=2022-04-01&to=2022-04-20`, {
      width: 800,
      height: 900,
      hasTouch: true,
    });
    const [a0] = await axisDomain(page);
    const box = (await page.locator('.cs-plot').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 200;
    const point = (x: number) => [{ x, y, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(box.x + 500) });
    for (let x = 480; x >= 200; x -= 40)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(box.x + x) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // Dragging left moves the window later in time.
    await expect.poll(async () => Date.parse((await axisDomain(page))[0])).toBeGreaterThan(Date.parse(a0));
    await page.close();
  });
});

describe('import', () => {
  const pick = async (page: Page, name: string, mimeType: string, content: string): Promise<void> => {
    await page
      .locator('.cs-open input[type="file"]')
      .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  };

  it('opens an events CSV and a TimelineJS file picked with Open', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, '?synthetic=50&seed=3');
    await pick(page, 'events.csv', 'text/csv', toEventsCsv(sample, sample.events));
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe(`${total} events`);
    await expect(page.locator('.cs-mark[aria-label*="combing campaign"]').count()).resolves.toBe(1);
    const battles = sample.events.filter((e) => e.type === 'battle');
    await pick(page, 'timeline.json', 'application/json', JSON.stringify(toTimelineJs(sample, battles)));
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe(`${battles.length} events`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a chronology dropped on the page', async () => {
    const { page } = await openExplorer(browser, baseUrl, '?synthetic=50&seed=3');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      if (!document.body.classList.contains('cs-drop-target')) throw new Error('no drop highlight');
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    }, JSON.stringify(sample));
    await expect.poll(() => page.locator('#cs-count').textContent()).toBe(`${total} events`);
    await expect(page.locator('body').getAttribute('class')).resolves.not.toContain('cs-drop-target');
    await page.close();
  });
});

describe('export', () => {
  it('writes the lane labels into the SVG and PNG exports', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&lanes=place`);
    const label = (await page.locator('.cs-lane-label').first().textContent())!;
    const svg = await download(page, 'SVG image');
    expect(svg.file).toBe('chronology.svg');
    const texts = [...svg.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain(label.replace(/&/g, '&amp;'));
    const png = await download(page, 'PNG image');
    expect(png.file).toBe('chronology.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const axisWidth = await page.locator('.cs-axis').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBe(Math.round(axisWidth) * 2);
    await page.close();
  });

  it('exports the filtered events as chronology JSON and TimelineJS', async () => {
    const { page } = await openExplorer(browser, baseUrl, `?data=${SAMPLE}&type=battle`);
    const battles = sample.events.filter((e) => e.type === 'battle').map((e) => e.id);
    const json = await download(page, 'JSON (filtered, with sources)');
    const parsed = JSON.parse(json.text) as unknown;
    const valid = validateChronology(parsed);
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    expect(valid.chronology.events.map((e) => e.id).sort()).toEqual(battles.sort());
    expect(valid.chronology.articles.length).toBeGreaterThan(0);
    const tl = JSON.parse((await download(page, 'TimelineJS JSON')).text) as { events: unknown[] };
    expect(tl.events).toHaveLength(battles.length);
    await page.close();
  });
});
