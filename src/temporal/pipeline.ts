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
  /**
   * A required part of every match, found faster than the whole pattern: every match of
   * `pattern` overlaps a match of `anchor.pattern` (`g` flag), and at most `spacesBefore`
   * runs of whitespace or hyphens lie between the match start and that anchor. Then
   * `pattern` is tried only near anchors, with the same matches as a scan of the whole text.
   */
  readonly anchor?: { readonly pattern: RegExp; readonly spacesBefore: number };
  /**
   * Lower-case words (letters only), one of which every match of `pattern` holds as a whole
   * word, between characters `\b` counts as non-word. One scan of the text finds which of all
   * the parsers' words it holds (`heldWords`); a parser whose words are all absent does no
   * regex work at all.
   */
  readonly words?: readonly string[];
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

/**
 * Sticky copies of anchored patterns, to try them at chosen positions, and whether a match can
 * start only where no word character or hyphen comes before (see `opensAfterNonWord`).
 */
const STICKY = new WeakMap<RegExp, { readonly sticky: RegExp; readonly afterNonWord: boolean }>();

const NON_WORD_LOOKBEHIND = '(?<![\\w-])';

/**
 * Whether every match of `pattern` starts with the lookbehind `(?<![\w-])`: the source opens
 * with it and has no `|` outside brackets and groups (which would let another branch start
 * elsewhere). With the `u` and `i` flags together `\w` also matches "ſ" and the Kelvin sign,
 * so those patterns are left alone.
 */
export function opensAfterNonWord(pattern: RegExp): boolean {
  const { source, flags } = pattern;
  if (!source.startsWith(NON_WORD_LOOKBEHIND)) return false;
  if (flags.includes('u') && flags.includes('i')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** An ASCII letter, digit, underscore or hyphen: the characters `(?<![\w-])` refuses before. */
function isWordOrHyphen(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 45
  );
}

/** Anchor spans (start, end pairs) per text, so parsers sharing an anchor scan once. */
const ANCHORS = new WeakMap<TaggingContext, Map<RegExp, readonly number[]>>();

function anchorSpans(context: TaggingContext, pattern: RegExp): readonly number[] {
  let byPattern = ANCHORS.get(context);
  if (!byPattern) {
    byPattern = new Map();
    ANCHORS.set(context, byPattern);
  }
  let spans = byPattern.get(pattern);
  if (!spans) {
    const found: number[] = [];
    for (const a of context.text.matchAll(pattern)) found.push(a.index, a.index + a[0].length);
    spans = found;
    byPattern.set(pattern, spans);
  }
  return spans;
}

/** JavaScript's `\s` or a hyphen, as char codes, for counting runs without a regex. */
function isSeparator(code: number): boolean {
  return (
    code === 45 ||
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/**
 * The first position from `floor` with at most `runs` runs of separators between it and
 * `index`. The floor (positions already tried) keeps glued text ("201220122012…") linear.
 */
function windowStart(text: string, index: number, runs: number, floor: number): number {
  let j = index;
  let seen = 0;
  while (j > floor) {
    if (!isSeparator(text.charCodeAt(j - 1))) {
      j--;
      continue;
    }
    if (seen === runs) return j;
    seen++;
    while (j > floor && isSeparator(text.charCodeAt(j - 1))) j--;
  }
  return floor;
}

/**
 * The matches `text.matchAll(pattern)` would give, trying `pattern` only at positions from
 * each anchor's window start to the anchor's end, in increasing order: every match starts in
 * such a window, so the leftmost match from any position is the same. A pattern that opens
 * after a non-word character is not tried after a letter, digit, underscore or hyphen.
 */
function* anchoredMatches(
  context: TaggingContext,
  pattern: RegExp,
  anchor: NonNullable<PatternParser['anchor']>,
): Generator<RegExpExecArray> {
  let entry = STICKY.get(pattern);
  if (!entry) {
    entry = {
      sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`),
      afterNonWord: opensAfterNonWord(pattern),
    };
    STICKY.set(pattern, entry);
  }
  const { sticky, afterNonWord } = entry;
  const { text } = context;
  const spans = anchorSpans(context, anchor.pattern);
  let next = 0;
  for (let i = 0; i < spans.length; i += 2) {
    let at = windowStart(text, spans[i] as number, anchor.spacesBefore, next);
    const last = spans[i + 1] as number;
    while (at <= last) {
      // Where the pattern's opening lookbehind must fail, no match starts: skip the call.
      if (afterNonWord && at > 0 && isWordOrHyphen(text.charCodeAt(at - 1))) {
        at++;
        continue;
      }
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) {
        at++;
        continue;
      }
      yield match;
      at += Math.max(1, match[0].length);
    }
    next = Math.max(next, at);
  }
}

/** One pattern for the words of a set of parsers, built once per set. */
const WORD_SCANS = new WeakMap<readonly TemporalParser[], RegExp | null>();

/** Per text, the words each set of parsers' scan found (lower-cased). */
const HELD = new WeakMap<TaggingContext, Map<readonly TemporalParser[], ReadonlySet<string>>>();

function wordScan(parsers: readonly TemporalParser[]): RegExp | null {
  let scan = WORD_SCANS.get(parsers);
  if (scan === undefined) {
    const words = new Set<string>();
    for (const p of parsers) if ('words' in p && p.words) for (const w of p.words) words.add(w);
    // Whole words only, so each match is one of the words whatever the alternation's order.
    scan = words.size > 0 ? new RegExp(`\\b(?:${[...words].join('|')})\\b`, 'gi') : null;
    WORD_SCANS.set(parsers, scan);
  }
  return scan;
}

/**
 * Which of the `words` of `parsers` the text holds as whole words, found in one scan and kept
 * with the context (a new context per text, so the memory goes with it).
 */
export function heldWords(context: TaggingContext, parsers: readonly TemporalParser[]): ReadonlySet<string> {
  let byParsers = HELD.get(context);
  if (!byParsers) {
    byParsers = new Map();
    HELD.set(context, byParsers);
  }
  let held = byParsers.get(parsers);
  if (!held) {
    const found = new Set<string>();
    const scan = wordScan(parsers);
    if (scan) for (const m of context.text.matchAll(scan)) found.add(m[0].toLowerCase());
    held = found;
    byParsers.set(parsers, held);
  }
  return held;
}

/**
 * Run one parser over the text; drafts carry the parser's name as their first tag. `within` is
 * the set of parsers whose words one scan finds (the whole configuration in `runPipeline`).
 */
export function runParser(
  context: TaggingContext,
  parser: TemporalParser,
  within: readonly TemporalParser[] = [parser],
): Draft[] {
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
  if (parser.words) {
    const held = heldWords(context, within);
    if (!parser.words.some((w) => held.has(w))) return found;
  }
  if (parser.trigger && !parser.trigger.test(context.text)) return found;
  const matches = parser.anchor
    ? anchoredMatches(context, parser.pattern, parser.anchor)
    : context.text.matchAll(parser.pattern);
  for (const match of matches) {
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
  // A loop, not push(...spread): a spread passes every draft as an argument and overflows the
  // stack on a multi-megabyte article.
  const { parsers } = configuration;
  for (const parser of parsers) for (const d of runParser(context, parser, parsers)) drafts.push(d);
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of configuration.refiners) {
    drafts = refiner.refine(context, drafts);
  }
  return drafts;
}
