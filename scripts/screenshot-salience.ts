/**
 * Screenshots of key events and the tally band for docs/README-salience.md, from a chronology
 * written by `extract` (e.g. the Syrian crisis topic of Timeline17):
 *   npx tsx scripts/screenshot-salience.ts /tmp/syria.json → docs/screenshots/salience-*.png
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from './launchChromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}docs/screenshots`;
const path = process.argv[2];
if (!path) {
  process.stderr.write('Usage: npx tsx scripts/screenshot-salience.ts CHRONOLOGY.json\n');
  process.exit(2);
}
const body = readFileSync(path, 'utf8');
mkdirSync(OUT, { recursive: true });
const server = await createServer({
  root: ROOT,
  server: { port: 0, host: '127.0.0.1', hmr: false },
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();

async function shoot(name: string, query: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${name}: ${e.message}`));
  await page.route(
    (url) => url.pathname === '/salience-chronology.json',
    (r) => r.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto(`${base}/?data=/salience-chronology.json${query}`);
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  await page.waitForSelector('.cs-list table');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`wrote docs/screenshots/${name}.png`);
  await context.close();
}

await shoot('salience-syria', '');
await shoot('salience-syria-key', '&key=1&sort=salience');
await browser.close();
await server.close();
