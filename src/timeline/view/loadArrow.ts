import { isArrowPath, withStrings } from '../../chronology/formats/arrowChronology.ts';
import { columnEvents } from '../../chronology/formats/arrowEvents.ts';
import type { ArrowMessage, ArrowRequest } from '../worker/arrowWorker.ts';
import type { LoadResult } from './loadChronology.ts';

/** True for a name or address of an Arrow chronology (`.arrow`, `.arrows`, `.feather`). */
export const isArrowName = isArrowPath;

/**
 * Opens an Arrow chronology: a Web Worker fetches and decodes it into columns, the page wraps them
 * as events whose mentions are parsed only when one is opened.
 */
export function loadArrow(request: ArrowRequest): Promise<LoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../worker/arrowWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ArrowMessage>) => {
      const m = event.data;
      // Benchmarks split first paint into the worker's fetch and decode and the page's share.
      performance.mark('chronoscope:arrow-decoded', {
        detail: m.type === 'done' ? { fetchMs: m.fetchMs, decodeMs: m.decodeMs } : null,
      });
      worker.terminate();
      if (m.type === 'error') {
        resolve({ ok: false, title: m.title, errors: [m.message] });
        return;
      }
      const columns = withStrings(m.raw);
      const { events, sourcesOf } = columnEvents(columns);
      resolve({
        ok: true,
        chronology: {
          version: 1,
          articles: columns.articles,
          events,
          ...(columns.errors ? { errors: columns.errors } : {}),
        },
        columns: { start: columns.startMs, end: columns.endMs, reported: columns.reportedMs, sourcesOf },
      });
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ ok: false, title: 'Reading the Arrow file failed', errors: [e.message] });
    };
    performance.mark('chronoscope:arrow-requested');
    worker.postMessage(request, 'bytes' in request ? [request.bytes] : []);
  });
}
