import { exportPng, exportSvg } from '../../../src/timeline/view/exportImage.ts';

// The canvas beneath the SVG: a red block at the top left, which the export must embed.
const canvas = document.getElementById('under') as HTMLCanvasElement;
const ctx = canvas.getContext('2d')!;
ctx.fillStyle = 'rgb(255, 0, 0)';
ctx.fillRect(0, 0, 100, 100);

/** Test hook for test/browser/exportImage.test.ts. */
Object.assign(window, { __export: { exportPng, exportSvg } });
document.body.dataset.ready = '';
