/// <reference lib="webworker" />
import { buildChronology } from '../../chronology/buildChronology.ts';
import { parseArticleFiles } from '../../ingest/parseArticleFile.ts';
import type { Chronology } from '../../model/chronology.ts';

/** A request to the worker: article files as text. */
export interface PipelineRequest {
  readonly files: readonly { name: string; content: string; warning?: string }[];
}

/** What the worker reports: progress per article, then the chronology or an error. */
export type PipelineMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; chronology: Chronology }
  | { type: 'error'; message: string };

// Runs the whole pipeline (ingest → tag → events → chronology) off the main thread so the page
// stays responsive while hundreds of dropped articles are processed.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<PipelineRequest>) => {
  const post = (m: PipelineMessage): void => scope.postMessage(m);
  try {
    const { articles, errors } = parseArticleFiles(event.data.files);
    for (const f of event.data.files)
      if (f.warning) errors.push({ file: f.name, line: 1, message: f.warning, severity: 'warning' });
    post({ type: 'progress', done: 0, total: articles.length });
    const chronology = buildChronology(articles, errors, (done, total) =>
      post({ type: 'progress', done, total }),
    );
    post({ type: 'done', chronology });
  } catch (e) {
    post({ type: 'error', message: (e as Error).message });
  }
};
