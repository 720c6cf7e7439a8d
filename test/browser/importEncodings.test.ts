import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openExplorer } from './helpers.ts';

const baseUrl = inject('baseUrl');
const catalogue = new URL('../fixtures/bad-input/', import.meta.url).pathname;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dropped articles in other encodings and formats', () => {
  it('decodes UTF-16 and Latin-1, reads an HTML page with Readability in the worker, and lists the warnings', async () => {
    const { page, errors } = await openExplorer(browser, baseUrl, '?synthetic=20&seed=1');
    await page.evaluate(() => Object.assign(window, { first: window.__chronoscope }));
    const files = ['utf16le.md', 'utf16be.md', 'latin1.md', 'page.html', 'no-published.md'];
    await page.locator('.cs-open input[type="file"]').setInputFiles(
      files.map((name) => ({
        name,
        mimeType: name.endsWith('.html') ? 'text/html' : 'text/markdown',
        buffer: readFileSync(`${catalogue}${name}`),
      })),
    );
    await page.waitForFunction(
      () => window.__chronoscope && window.__chronoscope !== (window as unknown as { first: unknown }).first,
      undefined,
      { timeout: 60_000 },
    );
    await expect(page.locator('.cs-subtitle').textContent()).resolves.toMatch(/from 5 articles/);
    const notice = page.locator('.cs-notice');
    await expect(notice.locator('summary').textContent()).resolves.toBe('2 problems reading the articles');
    const text = await notice.textContent();
    expect(text).toContain('latin1.md:1: warning: not UTF-8: read as Windows-1252 (Latin-1)');
    expect(text).toContain('no-published.md:1: warning: no publication date');
    const titles = await page.evaluate(() => window.__chronoscope!.index.events.map((e) => e.title));
    expect(titles).toContain('Fighters clashed with police in Baghlan, a spokesman said');
    // The HTML page's entities are decoded in what the events quote ("Delegates met in Doha … — …").
    const sentences = await page.evaluate(() =>
      window.__chronoscope!.index.events.flatMap((e) => e.mentions.map((m) => m.sentence.text)),
    );
    expect(sentences.some((t) => /Delegates met in Doha on 2 May 2022 — the first meeting/.test(t))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
