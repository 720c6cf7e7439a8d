/** A line of a text: UTF-16 offsets, end exclusive (before its line break). */
export interface Line {
  readonly start: number;
  readonly end: number;
}

/** The widest a hard-wrapped text's lines run (e-mail and wire copy wrap at 65–80 characters). */
const MAX_WIDTH = 100;
/** The narrowest wrap width read as one. */
const MIN_WIDTH = 40;
/** How far short of the width a full line may stop: the next word did not fit. */
const SLACK = 16;
/** The share of lines followed by another that must be full for the text to be hard-wrapped. */
const FULL_SHARE = 0.6;
/**
 * The share of full lines that must go on with a word in small letters: wrapped prose breaks
 * mid-sentence, mostly before a small word, while captions, labels and list items each open
 * with a capital.
 */
const SMALL_SHARE = 0.3;

const BULLET = /^\s*(?:[-*•–]\s|#{1,6}\s|\d+[.)]\s)/;
const SMALL_START = /^\s*\p{Ll}/u;

/**
 * The lines of a hard-wrapped text (plain text broken at a fixed width, as e-mail, wire copy and
 * many saved .txt articles are) whose line break is a space, not the end of a heading, a caption
 * or a sentence: the indices of the full lines, those that reach within `SLACK` characters of the
 * wrap width, followed by a line of words that is no bullet. The text counts as hard-wrapped when
 * its lines followed by another are mostly full, the width (the 90th percentile of their widths,
 * so one long line does not set it) is at most `MAX_WIDTH`, and a fair share of the full lines go
 * on in small letters; a shorter line ends its paragraph or is a heading, as before. Empty for text
 * with one line a paragraph, and for a graphic's or a list's lines, which each open with a capital.
 */
export function wrappedLineBreaks(text: string, lines: readonly Line[]): Set<number> {
  const width = (l: Line): number => text.slice(l.start, l.end).trimEnd().length;
  const followed: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++)
    if (width(lines[i]!) > 0 && width(lines[i + 1]!) > 0) followed.push(i);
  const out = new Set<number>();
  if (followed.length < 2) return out;
  const widths = followed.map((i) => width(lines[i]!));
  const sorted = [...widths].sort((a, b) => a - b);
  const wrap = sorted[Math.floor(0.9 * (sorted.length - 1))]!;
  if (wrap > MAX_WIDTH || wrap < MIN_WIDTH) return out;
  const full = followed.filter((_, k) => widths[k]! >= wrap - SLACK);
  if (full.length < 2 || full.length < FULL_SHARE * followed.length) return out;
  const lineText = (i: number): string => text.slice(lines[i]!.start, lines[i]!.end);
  const small = full.filter((i) => SMALL_START.test(lineText(i + 1))).length;
  if (small < SMALL_SHARE * full.length) return out;
  for (const i of full) if (!BULLET.test(lineText(i + 1))) out.add(i);
  return out;
}
