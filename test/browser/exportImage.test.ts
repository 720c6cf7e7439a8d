import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await page.goto(`${baseUrl}/test/browser/pages/export.html`);
  await page.waitForSelector('body[data-ready]');
});
afterAll(async () => {
  await browser?.close();
});

type ExportHook = {
  exportSvg(svg: SVGSVGElement, canvases?: HTMLCanvasElement[], overlays?: HTMLElement[]): string;
  exportPng(svg: SVGSVGElement, canvases?: HTMLCanvasElement[], scale?: number): Promise<Blob>;
};

describe('exportSvg', () => {
  it('produces well-formed standalone SVG with computed styles inlined and the canvas embedded', async () => {
    const result = await page.evaluate(() => {
      const hook = (window as unknown as { __export: ExportHook }).__export;
      const svg = document.getElementById('plot') as unknown as SVGSVGElement;
      const canvas = document.getElementById('under') as HTMLCanvasElement;
      const text = hook.exportSvg(svg, [canvas]);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const rect = doc.querySelector('rect[x="150"]');
      const label = doc.querySelector('text');
      const image = doc.querySelector('image');
      return {
        text,
        parseError: doc.getElementsByTagName('parsererror').length,
        ns: root.namespaceURI,
        size: [root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')],
        rectStyle: rect?.getAttribute('style') ?? '',
        rectClass: rect?.getAttribute('class'),
        labelStyle: label?.getAttribute('style') ?? '',
        labelText: label?.textContent,
        image: image && {
          href: (image.getAttribute('href') ?? '').slice(0, 22),
          box: ['x', 'y', 'width', 'height'].map((a) => image.getAttribute(a)),
        },
        background: root.firstElementChild?.getAttribute('fill'),
      };
    });
    expect(result.parseError).toBe(0);
    expect(result.ns).toBe('http://www.w3.org/2000/svg');
    expect(result.size).toEqual(['300', '200', '0 0 300 200']);
    // The CSS variable is resolved: the file does not depend on the page's stylesheet.
    expect(result.rectStyle).toContain('fill:rgb(0, 128, 0)');
    expect(result.rectStyle).not.toContain('var(');
    expect(result.rectClass).toBeNull();
    expect(result.labelStyle).toContain('fill:rgb(255, 255, 0)');
    expect(result.labelStyle).toContain('font-family:monospace');
    expect(result.labelStyle).toContain('font-weight:700');
    expect(result.labelText).toBe('<script> & "quotes"');
    expect(result.text).not.toContain('<script>');
    expect(result.image).toEqual({ href: 'data:image/png;base64,', box: ['0', '0', '300', '200'] });
    expect(result.background).toBe('rgb(10, 20, 30)');
  });

  it('draws the visible text of HTML overlays as SVG text in their font and colour', async () => {
    const r = await page.evaluate(() => {
      const hook = (window as unknown as { __export: ExportHook }).__export;
      const svg = document.getElementById('plot') as unknown as SVGSVGElement;
      const text = hook.exportSvg(svg, [], [document.getElementById('lanes')!]);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')];
      const lane = texts.find((t) => t.textContent === 'Badakhshan & Kabul');
      return {
        parseError: doc.getElementsByTagName('parsererror').length,
        all: texts.map((t) => t.textContent),
        x: Number(lane?.getAttribute('x')),
        y: Number(lane?.getAttribute('y')),
        style: lane?.getAttribute('style') ?? '',
      };
    });
    expect(r.parseError).toBe(0);
    expect(r.all).toContain('Badakhshan & Kabul');
    expect(r.all).not.toContain('hidden from view');
    expect(r.x).toBeCloseTo(8, 0);
    expect(r.y).toBeGreaterThan(120);
    expect(r.y).toBeLessThan(145);
    expect(r.style).toContain('fill:rgb(0, 255, 255)');
    expect(r.style).toContain('font-style:italic');
  });
});

describe('exportPng', () => {
  async function rasterize(scale?: number) {
    return page.evaluate(async (s) => {
      const hook = (window as unknown as { __export: ExportHook }).__export;
      const svg = document.getElementById('plot') as unknown as SVGSVGElement;
      const canvas = document.getElementById('under') as HTMLCanvasElement;
      const blob = await hook.exportPng(svg, [canvas], s);
      const bitmap = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
      const k = bitmap.width / 300;
      return {
        type: blob.type,
        size: [bitmap.width, bitmap.height],
        canvasPixel: at(50 * k, 50 * k),
        svgPixel: at(220 * k, 50 * k),
        backgroundPixel: at(120 * k, 150 * k),
      };
    }, scale);
  }

  it('decodes as PNG at twice the size by default, showing canvas, SVG and background', async () => {
    const r = await rasterize();
    expect(r.type).toBe('image/png');
    expect(r.size).toEqual([600, 400]);
    expect(r.canvasPixel).toEqual([255, 0, 0, 255]);
    expect(r.svgPixel).toEqual([0, 128, 0, 255]);
    expect(r.backgroundPixel).toEqual([10, 20, 30, 255]);
  });

  it('honours the scale', async () => {
    expect((await rasterize(1)).size).toEqual([300, 200]);
    expect((await rasterize(3)).size).toEqual([900, 600]);
  });
});
