/** Casualty and arrest counts stated in a clause. */
export interface Counts {
  fatalities?: number;
  injured?: number;
  arrested?: number;
  /** True when a count is a lower bound read from a vague quantity ("dozens dead"). */
  approximate?: boolean;
}

/**
 * Number words a count may be written in. Not the tagger's NUMBER_WORDS (temporal/vocabulary.ts),
 * which also reads "a", "an", "half", "couple" and vague words ("few", "several", "many": -1) as
 * numbers: a count of the dead needs a figure, and takes vague words only as the lower bounds of
 * `VAGUE`.
 */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a dozen': 12,
  'a hundred': 100,
};
// Vague quantities as lower bounds: "dozens" is at least two dozen, "scores" two score,
// "hundreds" two hundred, "thousands" two thousand. Such counts are marked approximate.
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth';

const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')}|${Object.keys(VAGUE).join('|')}|the (?:${ORDINALS.replace(/ /g, '|')}))`;
// "2,000 members of the security forces": a noun of people, and what they belong to.
const WHO =
  "(?:\\s+(?:of them|people|persons|civilians|soldiers|militants|fighters|members|protesters|policemen|police officers|troops|children|others|more)(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:forces|army|police|military|services|group|rebels|opposition|regime))?)?";
const KILLED = '(?:killed|dead|died|deaths?|killing|lives)';
const WOUNDED = '(?:wounded|injured|hurt|injuring|wounding)';
const ARRESTED = '(?:arrested|detained|captured|arrests?|capture|detention)';

// "were killed", "have died", "are believed to have died".
const AUX =
  '(?:\\s+(?:were|have been|had been|are|was|have|had|has|(?:are|were) (?:believed|thought|said|reported) to have(?: been)?))?';

const RULES: readonly [keyof Omit<Counts, 'approximate'>, RegExp][] = [
  // "9 killed", "dozens dead and wounded", "nine people were killed"
  ['fatalities', new RegExp(`\\b${NUM}${WHO}${AUX}\\s+${KILLED}\\b`, 'giu')],
  // "the killing of 9 of them", "killed 9", "killing nine", "death toll rose to 14"
  [
    'fatalities',
    new RegExp(
      `\\b(?:killing of|killed|killing|death toll (?:rose to|of|reached|is|at))\\s+(?:at least\\s+|about\\s+|some\\s+|more than\\s+|over\\s+|nearly\\s+|almost\\s+|around\\s+|up to\\s+)?${NUM}\\b`,
      'giu',
    ),
  ],
  ['injured', new RegExp(`\\b${NUM}${WHO}${AUX}\\s+${WOUNDED}\\b`, 'giu')],
  ['injured', new RegExp(`\\b(?:dead and|killed and)\\s+${WOUNDED}`, 'giu')],
  [
    'injured',
    new RegExp(`\\b(?:wounding|injuring|wounded|injured)\\s+(?:at least\\s+|about\\s+)?${NUM}\\b`, 'giu'),
  ],
  ['arrested', new RegExp(`\\b${NUM}${WHO}${AUX}\\s+${ARRESTED}\\b`, 'giu')],
  // "the capture of the tenth", "arrested 5", "the arrest of 3"
  [
    'arrested',
    new RegExp(
      `\\b(?:capture of|arrest of|arrested|detained|captured)\\s+(?:at least\\s+|about\\s+)?${NUM}\\b`,
      'giu',
    ),
  ],
];

/** The words one of which every rule of a field needs (each rule's own words hold one of them). */
const FIELD_WORDS: Readonly<Record<keyof Omit<Counts, 'approximate'>, RegExp>> = {
  fatalities: new RegExp(KILLED, 'iu'),
  injured: new RegExp(WOUNDED, 'iu'),
  arrested: new RegExp(ARRESTED, 'iu'),
};

function toNumber(raw: string): { n: number; approximate: boolean } | undefined {
  const w = raw.toLowerCase();
  if (/^\d/.test(w)) return { n: Number(w.replace(/,/g, '')), approximate: false };
  // "the tenth" after "the killing of 9 of them": one more person.
  if (w.startsWith('the ')) return { n: 1, approximate: false };
  if (w in NUMBER_WORDS) return { n: NUMBER_WORDS[w]!, approximate: false };
  if (w in VAGUE) return { n: VAGUE[w]!, approximate: true };
  return undefined;
}

/**
 * Counts of killed, injured and arrested people stated in a text ("the killing of 9 of them and
 * the capture of the tenth" → 9 killed, 1 arrested; "dozens dead and wounded" → at least 24 of
 * each, approximate). Where a rule reads no number for a field the field stays absent.
 */
export function extractCounts(text: string): Counts {
  const counts: Counts = {};
  // Every rule of a field names its kind of count ("killed", "death toll", "wounding", "arrest of"
  // each hold a word of the field's list): a text without one is not scanned by the field's rules,
  // whose number-first patterns are tried at every word. The same flags, so the same letters match.
  const named: Partial<Record<keyof typeof FIELD_WORDS, boolean>> = {};
  for (const [field, re] of RULES) {
    if (counts[field] !== undefined) continue;
    named[field] ??= FIELD_WORDS[field].test(text);
    if (!named[field]) continue;
    for (const m of text.matchAll(re)) {
      // "dead and wounded" states injuries with the number read for the dead.
      const raw =
        m[1] ??
        (field === 'injured'
          ? /\b(\S+)\s+(?:dead|killed) and\b/i.exec(
              m.input.slice(Math.max(0, m.index - 20), m.index + m[0].length),
            )?.[1]
          : undefined);
      // "a storm that in 2005 killed": a year, not a toll.
      if (
        raw &&
        /^(?:1[89]|20)\d\d$/.test(raw) &&
        /\b(?:in|since|by|of|until)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      const value = raw ? toNumber(raw) : undefined;
      if (!value || value.n <= 0 || value.n > 1_000_000) continue;
      counts[field] = value.n;
      if (value.approximate) counts.approximate = true;
      break;
    }
  }
  return counts;
}
