import { alternation, NUMBER_WORDS } from './vocabulary.ts';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_1_9 = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * A count: digits ("48", "1,000", "2.5"), a compound ("twenty-four", "twenty four"), a word
 * ("three", "a", "a dozen"), or a vague quantifier ("several", "a few"); any of them may add
 * "and a half" ("two and a half"), which `parseNumber` reads for whole counts only.
 */
export const NUMBER_PATTERN = `(?:\\d+(?:\\s+|-)1/2|\\d+½|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${TENS})(?:[\\s-](?:${UNITS_1_9}))?|${alternation(Object.keys(NUMBER_WORDS))})(?:\\s+and\\s+a\\s+half)?`;

/** The numeric value of a `NUMBER_PATTERN` match; `undefined` for vague quantifiers ("several"). */
export function parseNumber(raw: string): number | undefined {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  // "5 1/2", "5-1/2", "5½": a whole number and a half.
  const half = /^(\d+)(?: |-)?(?:1\/2|½)$/.exec(s);
  if (half) return Number(half[1]) + 0.5;
  // "two and a half", "twenty-four and a half".
  const andAHalf = /^(.+?) and a half$/.exec(s);
  if (andAHalf?.[1]) {
    const whole = parseNumber(andAHalf[1]);
    return whole === undefined ? undefined : whole + 0.5;
  }
  if (/^[\d,.]+$/.test(s)) return Number(s.replace(/,/g, ''));
  const compound = /^(\w+)[\s-](\w+)$/.exec(s);
  if (
    compound &&
    NUMBER_WORDS[compound[1] ?? ''] !== undefined &&
    NUMBER_WORDS[compound[2] ?? ''] !== undefined
  ) {
    const tens = NUMBER_WORDS[compound[1] ?? ''] ?? 0;
    const ones = NUMBER_WORDS[compound[2] ?? ''] ?? 0;
    if (tens >= 20 && ones > 0 && ones < 10) return tens + ones;
  }
  const word = NUMBER_WORDS[s];
  if (word === undefined || word < 0) return undefined;
  return word;
}
