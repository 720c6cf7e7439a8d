import type { TemporalExpression } from '../model/timex.ts';
import { configuration } from './configuration.ts';
import { createContext } from './context.ts';
import { finalize } from './draft.ts';
import { runPipeline } from './pipeline.ts';

export interface TagOptions {
  /** Document creation time, `YYYY-MM-DD`. */
  readonly reference: string;
}

/** Finds and normalizes temporal expressions; sorted by start, non-overlapping. */
export function tag(text: string, options: TagOptions): TemporalExpression[] {
  const context = createContext(text, options.reference);
  return runPipeline(context, configuration).map((d) => finalize(text, d));
}
