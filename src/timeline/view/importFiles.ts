import { detectFormat } from '../../chronology/formats/detectFormat.ts';
import { fromEventsCsv } from '../../chronology/formats/eventsCsv.ts';
import { fromTimelineJs } from '../../chronology/formats/fromTimelineJs.ts';
import { decodeText } from '../../ingest/decodeText.ts';
import { formatIngestError } from '../../model/article.ts';
import type { PipelineMessage } from '../worker/pipelineWorker.ts';
import { type LoadResult, parseChronologyText } from './loadChronology.ts';

/** A file read as text, with a warning when its encoding had to be detected. */
export interface TextFile {
  readonly name: string;
  readonly content: string;
  readonly warning?: string;
}

/** Reads dropped or picked files as text: UTF-8, UTF-16 by BOM, or the detected legacy encoding. */
export function readFiles(files: FileList | readonly File[]): Promise<TextFile[]> {
  return Promise.all(
    Array.from(files, async (f) => {
      const { text, warning } = decodeText(new Uint8Array(await f.arrayBuffer()));
      return { name: f.name, content: text, ...(warning ? { warning } : {}) };
    }),
  );
}

/** Runs the article pipeline in a Web Worker, reporting progress. */
export function runPipeline(
  files: readonly TextFile[],
  onProgress: (done: number, total: number) => void,
): Promise<LoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../worker/pipelineWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PipelineMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else {
        worker.terminate();
        if (m.type === 'error')
          resolve({ ok: false, title: 'Processing the articles failed', errors: [m.message] });
        else if (m.chronology.events.length === 0 && m.chronology.errors?.length)
          resolve({
            ok: false,
            title: 'No articles could be read',
            errors: m.chronology.errors.map(formatIngestError),
          });
        else {
          const problems = m.chronology.errors ?? [];
          resolve(
            problems.length
              ? {
                  ok: true,
                  chronology: m.chronology,
                  notice: {
                    title: `${problems.length} problem${problems.length === 1 ? '' : 's'} reading the articles`,
                    errors: problems.map(formatIngestError),
                  },
                }
              : { ok: true, chronology: m.chronology },
          );
        }
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ ok: false, title: 'Processing the articles failed', errors: [e.message] });
    };
    worker.postMessage({ files });
  });
}

/**
 * Opens whatever was dropped: one chronology JSON, CSV or TimelineJS file opens directly; article
 * files (.md, .txt, .html, .jsonl) go through the pipeline in a worker.
 */
export async function importFiles(
  files: readonly TextFile[],
  onProgress: (done: number, total: number) => void,
): Promise<LoadResult> {
  if (files.length === 0) return { ok: false, title: 'Nothing to open', errors: ['No files were dropped.'] };
  const kinds = files.map((f) => detectFormat(f.name, f.content));
  if (kinds.every((k) => k === 'articles')) return runPipeline(files, onProgress);
  if (files.length > 1) {
    return {
      ok: false,
      title: 'Drop one chronology, or article files only',
      errors: files.map((f, i) => `${f.name}: ${kinds[i]}`),
    };
  }
  const [file] = files as [TextFile];
  const kind = kinds[0];
  if (kind === 'chronology') return parseChronologyText(file.content);
  if (kind === 'csv' || kind === 'timelinejs') {
    let r: ReturnType<typeof fromEventsCsv>;
    try {
      r =
        kind === 'csv'
          ? fromEventsCsv(file.content, file.name)
          : fromTimelineJs(JSON.parse(file.content), file.name);
    } catch (e) {
      return { ok: false, title: `Could not read ${file.name}`, errors: [(e as Error).message] };
    }
    if (r.chronology.events.length === 0)
      return { ok: false, title: `No events in ${file.name}`, errors: r.errors.map(formatIngestError) };
    return { ok: true, chronology: r.errors.length ? { ...r.chronology, errors: r.errors } : r.chronology };
  }
  return {
    ok: false,
    title: `Cannot open ${file.name}`,
    errors: [
      'Expected a chronology JSON, events CSV, TimelineJS JSON, or article files (.md, .txt, .html, .jsonl).',
    ],
  };
}
