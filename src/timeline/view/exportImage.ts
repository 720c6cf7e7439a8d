const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Inherited properties: written only where they differ from the parent, which keeps files small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'color',
] as const;

/** Properties that do not inherit, written when they are not at their initial value. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  display: 'inline',
  'text-decoration-line': 'none',
  'mix-blend-mode': 'normal',
};

/** Copies the computed styles that decide how `from` looks onto `to`'s style attribute. */
function inlineStyles(
  from: Element,
  to: Element,
  parent: CSSStyleDeclaration | undefined,
): CSSStyleDeclaration {
  const cs = getComputedStyle(from);
  const decls: string[] = [];
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    if (v && (!parent || parent.getPropertyValue(p) !== v)) decls.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = cs.getPropertyValue(p);
    if (v && v !== initial) decls.push(`${p}:${v}`);
  }
  // The page's own inline styles may use var() and other page-only values; the computed ones replace them.
  to.removeAttribute('style');
  to.removeAttribute('class');
  if (decls.length) to.setAttribute('style', decls.join(';'));
  return cs;
}

function walk(from: Element, to: Element, parent: CSSStyleDeclaration | undefined): void {
  const cs = inlineStyles(from, to, parent);
  // cloneNode(true) keeps the tree shape, so children pair up by index.
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length && i < b.length; i++) walk(a[i]!, b[i]!, cs);
}

/** The first opaque background behind `el`, so the export is readable outside a dark page. */
function backgroundOf(el: Element): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return undefined;
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const r = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) };
}

/**
 * Turns the visible text of HTML overlays (e.g. lane labels laid over the plot) into SVG <text>
 * at the same place, in the same font and colour. Boxes, borders and backgrounds are not copied.
 */
function overlayTexts(
  roots: readonly HTMLElement[],
  box: DOMRect,
  ux: (x: number) => number,
  uy: (y: number) => number,
): Element[] {
  const out: Element[] = [];
  const range = document.createRange();
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility !== 'visible' || Number(cs.opacity) === 0) continue;
      // Visually hidden text (screen-reader only) sits in a 1px box that clips it.
      const own = el.getBoundingClientRect();
      if (own.width <= 1 || own.height <= 1) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (
        r.width <= 1 ||
        r.height <= 1 ||
        r.right < box.left ||
        r.left > box.right ||
        r.bottom < box.top ||
        r.top > box.bottom
      )
        continue;
      const t = document.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(ux(r.left - box.left)));
      // Centre the line box: 0.35em below the middle approximates the baseline in any font.
      t.setAttribute('y', String(uy(r.top - box.top + r.height / 2)));
      t.setAttribute('dy', '0.35em');
      t.setAttribute(
        'style',
        `fill:${cs.color};font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle}`,
      );
      t.textContent = text;
      out.push(t);
    }
  }
  return out;
}

/**
 * Serializes the timeline view (SVG plus any canvases drawn beneath it, as embedded <image>s) to a
 * standalone SVG string with inlined computed styles, so it looks the same outside the page. Text
 * of `overlays` (HTML laid over the plot, such as lane labels) is drawn on top as SVG text.
 */
export function exportSvg(
  svg: SVGSVGElement,
  canvases: readonly HTMLCanvasElement[] = [],
  overlays: readonly HTMLElement[] = [],
): string {
  const { width, height } = size(svg);
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  walk(svg, clone, undefined);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('xmlns:xlink', XLINK_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const vb = svg.viewBox.baseVal;
  const hasViewBox = svg.hasAttribute('viewBox') && vb && vb.width > 0 && vb.height > 0;
  if (!hasViewBox) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Canvas positions are in CSS pixels; map them into the SVG's user units.
  const ux = (px: number) => (hasViewBox ? vb.x + (px * vb.width) / box.width : px);
  const uy = (px: number) => (hasViewBox ? vb.y + (px * vb.height) / box.height : px);
  const under: Element[] = [];
  const bg = backgroundOf(svg);
  if (bg) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(ux(0)));
    rect.setAttribute('y', String(uy(0)));
    rect.setAttribute('width', String(ux(box.width) - ux(0)));
    rect.setAttribute('height', String(uy(box.height) - uy(0)));
    rect.setAttribute('fill', bg);
    under.push(rect);
  }
  for (const canvas of canvases) {
    if (canvas.width === 0 || canvas.height === 0) continue;
    const r = canvas.getBoundingClientRect();
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('x', String(ux(r.left - box.left)));
    image.setAttribute('y', String(uy(r.top - box.top)));
    image.setAttribute('width', String(ux(r.right - box.left) - ux(r.left - box.left)));
    image.setAttribute('height', String(uy(r.bottom - box.top) - uy(r.top - box.top)));
    image.setAttribute('preserveAspectRatio', 'none');
    const data = canvas.toDataURL('image/png');
    image.setAttribute('href', data);
    // Older renderers (Inkscape < 1.0, some converters) only read xlink:href.
    image.setAttributeNS(XLINK_NS, 'xlink:href', data);
    under.push(image);
  }
  clone.prepend(...under);
  clone.append(...overlayTexts(overlays, box, ux, uy));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Rasterizes exportSvg's output to PNG at `scale` (default 2); `overlays` as in `exportSvg`. */
export async function exportPng(
  svg: SVGSVGElement,
  canvases: readonly HTMLCanvasElement[] = [],
  scale = 2,
  overlays: readonly HTMLElement[] = [],
): Promise<Blob> {
  const { width, height } = size(svg);
  const url = URL.createObjectURL(
    new Blob([exportSvg(svg, canvases, overlays)], { type: 'image/svg+xml;charset=utf-8' }),
  );
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement('canvas');
    out.width = Math.round(width * scale);
    out.height = Math.round(height * scale);
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('exportPng: no 2D canvas context');
    ctx.drawImage(img, 0, 0, out.width, out.height);
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error('exportPng: encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
