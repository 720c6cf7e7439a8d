import type { TimexMod } from '../../model/timex.ts';
import type { TaggingContext } from '../context.ts';
import { latestYearOfTwoDigits, yearsRange } from '../dates.ts';
import { draft } from '../draft.ts';
import type { PatternParser } from '../pipeline.ts';
import { sentenceAround } from '../sentenceAround.ts';

/**
 * What may stand before a decade, read back from its start: "the first half of (the)", "the
 * latter part of (the)", "(the) early", "(the) mid-", "(the) late", "the". Reading it back keeps
 * the patterns starting with the decade itself, which is much cheaper than optional groups.
 */
const BEFORE =
  /(?<![\w-])(?:(?:the\s+)?(first|second|last|latter|early|later)\s+(?:half|part)\s+of\s+)?(?:(the)\s+)?(?:(early|mid|late)(?:\s*-\s*|\s+))?$/i;

/** The prefix before a decade at `index`: where the extent starts, the part, the edge, and "the". */
function prefixBefore(text: string, index: number) {
  const m = BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  const [whole = '', part, the, edge] = m ?? [];
  return { start: index - whole.length, part, edge, the: Boolean(the) };
}

const TENS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** A decade used as an adjective of style ("a mid-'90s style sedan") is not a date. */
const STYLE_AFTER = /^[\s-]style\b/i;

/** Temperatures ("highs in the mid-nineties") read like decades. */
const TEMPERATURE =
  /\b(?:temperatures?|degrees?|highs?|lows?|fahrenheit|celsius|thermometers?|mercury|heat)\b/i;

/** The decade a two-digit "'80s" or "the eighties" means: the latest one that has begun by the DCT. */
function decadeOfTens(tens: number, context: TaggingContext): number {
  return Math.floor(latestYearOfTwoDigits(tens * 10, context.year) / 10);
}

/** The mod and years of a decade part: "early" is its first four years, "the second half" its last five. */
function partOf(decade: number, part: string | undefined, edge: string | undefined) {
  const first = decade * 10;
  const p = part?.toLowerCase();
  if (p === 'first' || p === 'early')
    return { mod: 'START' as TimexMod, range: yearsRange(first, first + 4) };
  if (p) return { mod: 'END' as TimexMod, range: yearsRange(first + 5, first + 9) };
  const e = edge?.toLowerCase();
  if (e === 'early') return { mod: 'START' as TimexMod, range: yearsRange(first, first + 3) };
  if (e === 'mid') return { mod: 'MID' as TimexMod, range: yearsRange(first + 3, first + 6) };
  if (e === 'late') return { mod: 'END' as TimexMod, range: yearsRange(first + 7, first + 9) };
  return { range: yearsRange(first, first + 9) };
}

function decadeDraft(
  context: TaggingContext,
  match: RegExpExecArray,
  decade: number,
  prefix: ReturnType<typeof prefixBefore>,
) {
  const end = match.index + match[0].length;
  if (STYLE_AFTER.test(context.text.slice(end, end + 7))) return null;
  const { start, part, edge } = prefix;
  const { mod, range } = partOf(decade, part, edge);
  const surface = context.text.slice(start, end);
  return draft({
    start,
    end,
    type: 'DATE',
    value: String(decade),
    ...(mod ? { mod } : {}),
    precision: 'decade',
    range,
    known: { decade },
    explanation: `"${surface}" names the decade ${decade * 10}–${decade * 10 + 9}${mod ? ` (${mod})` : ''}`,
  });
}

/**
 * "the 1990s", "1980s", "the '90s", "the mid-1990s", "the early '80s", "the last half of the
 * '80s". TIMEX3 writes a decade as its first three digits (199); early/mid/late and halves are a
 * `mod` (START, MID, END), and the extent keeps "the" (TimeBank: "the mid-1990s").
 */
export const decadeParser: PatternParser = {
  name: 'DecadeParser',
  trigger: /\d0['’]?s\b/,
  pattern: /(?<![\w$])(?:((?:1[0-9]|20)\d)0|['’](\d)0)['’]?s(?![\w-])/g,
  extract(context, match) {
    const [, full, short] = match;
    const prefix = prefixBefore(context.text, match.index);
    // A hyphen before is "mid-1990s" or a range or compound ("1980s-1990s", "pre-1990s").
    if (context.text[match.index - 1] === '-' && !prefix.edge) return null;
    const decade = full ? Number(full) : decadeOfTens(Number(short), context);
    return decadeDraft(context, match, decade, prefix);
  },
};

/**
 * "the nineties", "the late eighties", "the nineteen-sixties". Spelled decades need "the" ("in
 * his eighties" is an age) and a sentence without temperatures ("highs in the mid-nineties").
 */
export const spelledDecadeParser: PatternParser = {
  name: 'SpelledDecadeParser',
  // The letters before "ties" in each decade word; case-sensitive, which V8 scans far faster.
  trigger: /(?:en|ir|or|ff|ix|gh|ne)ties\b|TIES\b/,
  pattern:
    /(?<![\w])(?:(eighteen|nineteen)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-])/gi,
  extract(context, match) {
    const [, century, word = ''] = match;
    const tens = TENS[word.toLowerCase()];
    const prefix = prefixBefore(context.text, match.index);
    if (tens === undefined || !prefix.the) return null;
    if (context.text[match.index - 1] === '-' && !prefix.edge) return null;
    const sentence = sentenceAround(context.text, match.index, match.index + match[0].length);
    if (TEMPERATURE.test(context.text.slice(sentence.start, sentence.end))) return null;
    const decade = century
      ? (century.toLowerCase() === 'eighteen' ? 180 : 190) + tens
      : decadeOfTens(tens, context);
    return decadeDraft(context, match, decade, prefix);
  },
};
