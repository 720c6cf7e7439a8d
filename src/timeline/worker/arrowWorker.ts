/// <reference lib="webworker" />

import { arrowToRawColumns, type RawChronologyColumns } from '../../chronology/formats/arrowChronology.ts';
import { transferablesOf } from '../../chronology/formats/arrowColumns.ts';

/** A request to the worker: an Arrow chronology to fetch, or its bytes. */
export type ArrowRequest = { readonly url: string } | { readonly bytes: ArrayBuffer; readonly name: string };

/** What the worker answers: the columns (typed arrays transferred, not copied), or what went wrong. */
export type ArrowMessage =
  | { type: 'done'; raw: RawChronologyColumns; fetchMs: number; decodeMs: number }
  | { type: 'error'; title: string; message: string };

// Parsing a few hundred MB of Arrow and laying it out as typed arrays happens here, so the page
// keeps painting (and its "Loading…" line keeps updating) while a big collection opens.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ArrowRequest>) => {
  const request = event.data;
  const name = 'url' in request ? request.url : request.name;
  let bytes: Uint8Array;
  const t0 = performance.now();
  if ('url' in request) {
    try {
      const response = await fetch(request.url);
      if (!response.ok) {
        scope.postMessage({
          type: 'error',
          title: `Could not load ${name}`,
          message: `HTTP ${response.status} ${response.statusText}`.trim(),
        } satisfies ArrowMessage);
        return;
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (e) {
      scope.postMessage({ type: 'error', title: `Could not fetch ${name}`, message: (e as Error).message });
      return;
    }
  } else bytes = new Uint8Array(request.bytes);
  try {
    const t1 = performance.now();
    const raw = arrowToRawColumns(bytes);
    const t2 = performance.now();
    const buffers = [
      ...transferablesOf(raw.columns as Parameters<typeof transferablesOf>[0]),
      raw.id.offsets.buffer,
      raw.id.bytes.buffer,
      raw.title.offsets.buffer,
      raw.title.bytes.buffer,
    ] as ArrayBuffer[];
    scope.postMessage({ type: 'done', raw, fetchMs: t1 - t0, decodeMs: t2 - t1 } satisfies ArrowMessage, [
      ...new Set(buffers),
    ]);
  } catch (e) {
    scope.postMessage({
      type: 'error',
      title: `${name} is not a readable chronology Arrow file`,
      message: (e as Error).message,
    } satisfies ArrowMessage);
  }
};
