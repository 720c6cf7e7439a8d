import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer, serveJson } from './helpers.ts';

const baseUrl = inject('baseUrl');
const root = new URL('../..', import.meta.url).pathname;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Every payload sets a flag on window if it ever runs.
const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'">';
const SVG = '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg-script"</script></svg>';
const JS_LINK = 'javascript:window.__pwned="link"';

/** The sample chronology with payloads in every text field the explorer shows. */
function craftedChronology(): unknown {
  const sample = JSON.parse(readFileSync(`${root}test/fixtures/chronology/sample.json`, 'utf8'));
  sample.articles[0].title = `Title ${SCRIPT}`;
  sample.articles[0].source = `Source ${IMG}`;
  sample.articles[0].url = JS_LINK;
  sample.articles[1].url = `data:text/html,${SCRIPT}`;
  const event = sample.events[0];
  event.title = `Event ${IMG} ${SVG}`;
  event.actors = [{ name: `Actor ${SCRIPT}` }];
  event.places = [{ name: `Place ${SVG}` }];
  event.mentions[0].sentence.text = `${IMG} ${event.mentions[0].sentence.text}`;
  return sample;
}

/** Everything that would show an attack got through: the flag, CSP violations, live markup. */
async function traces(
  page: Page,
): Promise<{ pwned: unknown; violations: string[]; live: number; badLinks: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    violations: (window as unknown as { violations?: string[] }).violations ?? [],
    live: document.querySelectorAll(
      'body script:not([type="module"][src^="/"]), [onerror], [onload], img[src="x"], foreignObject',
    ).length,
    badLinks: [...document.querySelectorAll('a[href]')].filter(
      (a) => !/^https?:/.test(a.getAttribute('href')!),
    ).length,
  }));
}

const watchViolations = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { violations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.sample}`),
    );
  });
};

describe('untrusted text', () => {
  it('enforces a Content-Security-Policy without inline script or eval', async () => {
    const { page } = await openExplorer(
      browser,
      baseUrl,
      '?synthetic=20&seed=1',
      undefined,
      'light',
      watchViolations,
    );
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*;.*script/);
    // Script injected into the page (as an XSS would) is refused and reported as a violation.
    const inline = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = "inline"';
      document.body.append(s);
      const d = document.createElement('script');
      d.src = 'data:text/javascript,window.__pwned="data"';
      document.body.append(d);
      await new Promise((r) => setTimeout(r, 100));
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned,
        violations: (window as unknown as { violations: string[] }).violations.map((v) => v.split(' ')[0]),
      };
    });
    expect(inline).toEqual({ pwned: undefined, violations: ['script-src-elem', 'script-src-elem'] });
    await page.close();
  });

  it('shows titles, sources, actors, places and sentences with markup as text, and no javascript: link', async () => {
    const { page, errors } = await openExplorer(
      browser,
      baseUrl,
      '?data=/crafted.json',
      undefined,
      'light',
      async (p) => {
        await watchViolations(p);
        await serveJson('/crafted.json', craftedChronology())(p);
      },
    );
    await expect(page.locator('.cs-list').textContent()).resolves.toContain('Event <img src=x onerror=');
    // Open every event's details so the sources, links and sentences are rendered too.
    const rows = page.locator('.cs-list tbody tr button');
    const n = await rows.count();
    await page.locator('.cs-list tbody tr button', { hasText: 'Event <img' }).click();
    await expect
      .poll(() => page.locator('.cs-details').textContent())
      .toMatch(/Event <img src=x onerror=.*Actor <script>.*Place <svg onload=.*Title <script>.*Source <img/s);
    for (let i = 0; i < n; i++) await rows.nth(i).click();
    await page.waitForTimeout(200);
    expect(await traces(page)).toEqual({ pwned: undefined, violations: [], live: 0, badLinks: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs dropped articles full of payloads through the worker without running any', async () => {
    const { page } = await openExplorer(
      browser,
      baseUrl,
      '?synthetic=20&seed=1',
      undefined,
      'light',
      watchViolations,
    );
    await page.evaluate(() => Object.assign(window, { first: window.__chronoscope }));
    const html = `<!doctype html><html><head><title>Raid &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>
      <meta property="article:published_time" content="2022-05-01"><meta property="og:url" content="${JS_LINK}">
      <script>window.__pwned = "page"</script></head><body><article>
      <p>On 29 April 2022, fighters attacked a checkpoint in Kunduz, officials said. ${IMG}</p>
      <p>Officials said &lt;img src=x onerror=window.__pwned=2&gt; the fighting stopped on 30 April 2022.</p>
      ${SVG}</article></body></html>`;
    const md = `---\ntitle: "${SCRIPT.replaceAll('"', '\\"')}"\nsource: "${IMG.replaceAll('"', '\\"')}"\nurl: "${JS_LINK.replaceAll('"', '\\"')}"\npublished: 2022-04-12\n---\n\nOn 10 April 2022, <script>window.__pwned="md"</script> forces killed nine militants in Badakhshan. ${SVG}\n`;
    await page.locator('.cs-open input[type="file"]').setInputFiles([
      { name: '2022-05-01-kunduz.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      { name: 'payload.md', mimeType: 'text/markdown', buffer: Buffer.from(md) },
    ]);
    await page.waitForFunction(
      () => window.__chronoscope && window.__chronoscope !== (window as unknown as { first: unknown }).first,
      undefined,
      { timeout: 60_000 },
    );
    await expect(page.locator('.cs-subtitle').textContent()).resolves.toMatch(/from 2 articles/);
    // The javascript: url was dropped with a warning, shown in the notice as text.
    await expect(page.locator('.cs-notice').textContent()).resolves.toContain(
      'field "url" is not an http(s) address',
    );
    const rows = page.locator('.cs-list tbody tr button');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const n = await rows.count();
    for (let i = 0; i < n; i++) await rows.nth(i).click();
    await page.waitForTimeout(200);
    expect(await traces(page)).toEqual({ pwned: undefined, violations: [], live: 0, badLinks: 0 });
    await page.close();
  });
});

describe('invalid chronologies', () => {
  it('shows an error panel naming the bad field when nothing in the file is usable', async () => {
    const page = await browser.newPage();
    await serveJson('/broken.json', { version: 1, articles: [], events: [{ id: 'e1', title: 3 }] })(page);
    await page.goto(`${baseUrl}/?data=/broken.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/\/events\/0.*must have required property 'when'/);
    await page.close();
  });
});
