/**
 * Screenshots of the explorer for the README: the default corpus (`public/chronology.json`, written by
 * `npm run extract`) in light and dark, the details panel, and (given a Timeline17 chronology path)
 * the Syria timeline at several zoom levels.
 * Usage: `npm run screenshots [-- /tmp/syria.json]` → docs/screenshots/*.png
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { launchChromium } from './launchChromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}docs/screenshots`;
const SAMPLE = '/chronology.json';
const sample = JSON.parse(readFileSync(`${ROOT}public/chronology.json`, 'utf8')) as {
  events: { id: string; mentions: { timex?: { text: string } }[] }[];
};
/** The id of the sample event anchored by the given expression, for the details shots. */
function eventAnchoredBy(text: string): string {
  const found = sample.events.find((e) => e.mentions.some((m) => m.timex?.text === text));
  if (!found) throw new Error(`no event anchored by "${text}" in public/chronology.json`);
  return encodeURIComponent(found.id);
}
const t17 = process.argv[2];

mkdirSync(OUT, { recursive: true });
const server = await createServer({
  root: ROOT,
  server: { port: 0, host: '127.0.0.1', hmr: false },
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();

async function shoot(
  name: string,
  query: string,
  options: {
    scheme?: 'light' | 'dark';
    width?: number;
    height?: number;
    fullPage?: boolean;
    route?: string;
    /** Runs before the shot, e.g. to open a menu. */
    act?: (page: Page) => Promise<void>;
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.scheme ?? 'light',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${name}: ${e.message}`));
  if (options.route) {
    const body = readFileSync(options.route, 'utf8');
    await page.route(
      (url) => url.pathname === '/t17-chronology.json',
      (r) => r.fulfill({ body, contentType: 'application/json' }),
    );
  }
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-ready], [role="alert"]', { timeout: 60_000 });
  const alert = await page.$('[role="alert"]');
  if (alert) console.error(`${name}: ${await alert.textContent()}`);
  if (!alert) await page.waitForSelector('.cs-list table');
  await options.act?.(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: options.fullPage ?? false });
  console.log(`wrote docs/screenshots/${name}.png`);
  await context.close();
  return page;
}

await shoot('sample-light', `?data=${SAMPLE}`);
await shoot('sample-dark', `?data=${SAMPLE}`, { scheme: 'dark' });
await shoot(
  'details',
  `?data=${SAMPLE}&event=${eventAnchoredBy('the day before yesterday')}&from=2022-03-20&to=2022-04-16`,
);
await shoot('sample-lanes', `?data=${SAMPLE}&lanes=place`);
await shoot('mobile', `?data=${SAMPLE}&event=${eventAnchoredBy('a week ago')}`, { width: 360, height: 780 });
await shoot('mobile-filters', `?data=${SAMPLE}&type=battle`, {
  width: 360,
  height: 740,
  act: (page) => page.getByRole('button', { name: /^Filters/ }).click(),
});

if (t17) {
  const chronology = JSON.parse(readFileSync(t17, 'utf8')) as {
    events: { id: string; corroboration?: number; mentions: unknown[]; when: { start: string } }[];
  };
  // Zoom levels around the busiest month, so every shot shows real density.
  const months = new Map<string, number>();
  for (const e of chronology.events)
    months.set(e.when.start.slice(0, 7), (months.get(e.when.start.slice(0, 7)) ?? 0) + 1);
  const busiest = [...months].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '2012-01';
  const mid = Date.parse(`${busiest}-15T00:00:00Z`);
  const around = (days: number): string => {
    const half = (days / 2) * 86_400_000;
    return `&from=${new Date(mid - half).toISOString().slice(0, 10)}&to=${new Date(mid + half).toISOString().slice(0, 10)}`;
  };
  const data = '?data=/t17-chronology.json';
  await shoot('t17-syria-all', data, { route: t17 });
  await shoot('t17-syria-dark', data, { route: t17, scheme: 'dark' });
  await shoot('t17-syria-mobile', data, { route: t17, width: 360, height: 740 });
  await shoot('t17-syria-year', `${data}${around(365)}`, { route: t17 });
  await shoot('t17-syria-month', `${data}${around(31)}`, { route: t17 });
  await shoot('t17-syria-week', `${data}${around(7)}`, { route: t17 });
  await shoot('t17-syria-lanes', `${data}${around(120)}&lanes=place`, { route: t17 });
  // The most corroborated event: details with several sources side by side.
  const top = [...chronology.events].sort(
    (a, b) => (b.corroboration ?? 0) - (a.corroboration ?? 0) || b.mentions.length - a.mentions.length,
  )[0];
  if (top) {
    const d = Date.parse(`${top.when.start.slice(0, 10)}T00:00:00Z`);
    const win = `&from=${new Date(d - 10 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(d + 10 * 86_400_000).toISOString().slice(0, 10)}`;
    await shoot('t17-syria-details', `${data}${win}&event=${encodeURIComponent(top.id)}`, { route: t17 });
  }
}
await browser.close();
await server.close();
