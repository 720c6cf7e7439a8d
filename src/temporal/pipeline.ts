import type { TaggingContext } from './context.ts';
import type { Draft } from './draft.ts';

/**
 * A parser in chrono-node's shape: a global pattern and an extract step. `extract` may move
 * the extent inside the match (prepositions such as "on" are matched but left outside).
 */
export interface PatternParser {
  readonly name: string;
  /** Must carry the `g` flag; run with `matchAll`, so it is never mutated. */
  readonly pattern: RegExp;
  /**
   * A cheap test (no `g` flag) the text must pass for `pattern` to run at all: a pattern that
   * opens with optional groups is tried at every position, a plain word alternation is not.
   */
  readonly trigger?: RegExp;
  extract(context: TaggingContext, match: RegExpExecArray): Draft | readonly Draft[] | null;
}

/** A parser that reads the whole text itself (the chrono-node bridge). */
export interface TextParser {
  readonly name: string;
  parse(context: TaggingContext): readonly Draft[];
}

export type TemporalParser = PatternParser | TextParser;

/** A refiner takes all drafts, sorted by start, and returns the refined list. */
export interface TemporalRefiner {
  readonly name: string;
  refine(context: TaggingContext, drafts: Draft[]): Draft[];
}

/** The pipeline as data, as in chrono-node. */
export interface TaggerConfiguration {
  readonly parsers: readonly TemporalParser[];
  readonly refiners: readonly TemporalRefiner[];
}

function runParser(context: TaggingContext, parser: TemporalParser): Draft[] {
  const found: Draft[] = [];
  const push = (d: Draft) => {
    if (d.end <= d.start) return;
    d.tags.unshift(parser.name);
    found.push(d);
  };
  if ('parse' in parser) {
    for (const d of parser.parse(context)) push(d);
    return found;
  }
  if (parser.trigger && !parser.trigger.test(context.text)) return found;
  for (const match of context.text.matchAll(parser.pattern)) {
    let out: Draft | readonly Draft[] | null;
    try {
      out = parser.extract(context, match as RegExpExecArray);
    } catch (error) {
      // Calendar helpers throw on impossible dates ("30 Ramadan" in a 29-day year): no result.
      if (error instanceof RangeError) continue;
      throw error;
    }
    if (!out) continue;
    if (Array.isArray(out)) for (const d of out) push(d);
    else push(out as Draft);
  }
  return found;
}

/** Run every parser, sort by position, then every refiner in order. */
export function runPipeline(context: TaggingContext, configuration: TaggerConfiguration): Draft[] {
  let drafts: Draft[] = [];
  for (const parser of configuration.parsers) drafts.push(...runParser(context, parser));
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of configuration.refiners) {
    drafts = refiner.refine(context, drafts);
  }
  return drafts;
}
