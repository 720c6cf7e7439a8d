/**
 * The word lists the tagger matches, in one place (chrono-node keeps its constants the same way),
 * but for the holidays (`vocabulary/holidays.ts`) and the Hijri calendars' words
 * (`vocabulary/hijriCalendars.ts`). Keys are lower case; patterns are built with `alternation`.
 */

/** A regex alternation of the keys, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * The first word of each name, lower-cased, without repeats: a parser's `words` when every
 * match holds one of the names. Throws at load when a name does not open with letters ending
 * at a non-word character, which `\b` would not see as a whole word.
 */
export function firstWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) {
    const word = /^[a-z]+(?!\w)/i.exec(name)?.[0];
    if (!word) throw new Error(`no whole first word in ${JSON.stringify(name)}`);
    words.add(word.toLowerCase());
  }
  return [...words];
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  'jan.': 1,
  february: 2,
  feb: 2,
  'feb.': 2,
  march: 3,
  mar: 3,
  'mar.': 3,
  april: 4,
  apr: 4,
  'apr.': 4,
  may: 5,
  june: 6,
  jun: 6,
  'jun.': 6,
  july: 7,
  jul: 7,
  'jul.': 7,
  august: 8,
  aug: 8,
  'aug.': 8,
  september: 9,
  sept: 9,
  'sept.': 9,
  sep: 9,
  'sep.': 9,
  october: 10,
  oct: 10,
  'oct.': 10,
  november: 11,
  nov: 11,
  'nov.': 11,
  december: 12,
  dec: 12,
  'dec.': 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
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
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'a dozen': 12,
  'half a dozen': 6,
  dozen: 12,
  'a couple of': 2,
  'a couple': 2,
  'couple of': 2,
  couple: 2,
  'a half': 0.5,
  'half a': 0.5,
  'half an': 0.5,
  half: 0.5,
  'a few': -1,
  few: -1,
  several: -1,
  many: -1,
  'a number of': -1,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  last: -1,
  final: -1,
};

/** Duration units → ISO-8601 designator, and whether it is a time (T) unit. */
export const UNITS: Readonly<Record<string, { unit: string; letter: string; time?: true }>> = {
  second: { unit: 'second', letter: 'S', time: true },
  seconds: { unit: 'second', letter: 'S', time: true },
  minute: { unit: 'minute', letter: 'M', time: true },
  minutes: { unit: 'minute', letter: 'M', time: true },
  min: { unit: 'minute', letter: 'M', time: true },
  mins: { unit: 'minute', letter: 'M', time: true },
  hour: { unit: 'hour', letter: 'H', time: true },
  hours: { unit: 'hour', letter: 'H', time: true },
  hrs: { unit: 'hour', letter: 'H', time: true },
  day: { unit: 'day', letter: 'D' },
  days: { unit: 'day', letter: 'D' },
  night: { unit: 'day', letter: 'D' },
  nights: { unit: 'day', letter: 'D' },
  week: { unit: 'week', letter: 'W' },
  weeks: { unit: 'week', letter: 'W' },
  weekend: { unit: 'weekend', letter: 'WE' },
  weekends: { unit: 'weekend', letter: 'WE' },
  fortnight: { unit: 'fortnight', letter: 'W' },
  month: { unit: 'month', letter: 'M' },
  months: { unit: 'month', letter: 'M' },
  quarter: { unit: 'quarter', letter: 'Q' },
  quarters: { unit: 'quarter', letter: 'Q' },
  year: { unit: 'year', letter: 'Y' },
  years: { unit: 'year', letter: 'Y' },
  yr: { unit: 'year', letter: 'Y' },
  yrs: { unit: 'year', letter: 'Y' },
  decade: { unit: 'decade', letter: 'DE' },
  decades: { unit: 'decade', letter: 'DE' },
  century: { unit: 'century', letter: 'CE' },
  centuries: { unit: 'century', letter: 'CE' },
};

/** Seasons → TIMEX3 code and their months (northern hemisphere, meteorological). */
export const SEASONS: Readonly<Record<string, { code: string; first: number; last: number }>> = {
  spring: { code: 'SP', first: 3, last: 5 },
  summer: { code: 'SU', first: 6, last: 8 },
  autumn: { code: 'FA', first: 9, last: 11 },
  fall: { code: 'FA', first: 9, last: 11 },
  winter: { code: 'WI', first: 12, last: 2 },
};

/** Parts of the day → TIMEX3 code. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  midday: 'MI',
  noon: 'MI',
  overnight: 'NI',
};

/**
 * Words that label the number after them as an identifier, not a year: "resolution 2042",
 * "flight 1549", "Boeing 1707", "Route 1960". Matched right before the number.
 */
export const NUMBER_LABELS: readonly string[] = [
  'resolution',
  'resolutions',
  'no.',
  'nos.',
  'number',
  'numbers',
  '#',
  'flight',
  'flights',
  'route',
  'code',
  'article',
  'articles',
  'section',
  'paragraph',
  'clause',
  'chapter',
  'page',
  'pages',
  'room',
  'suite',
  'apartment',
  'bus',
  'highway',
  'interstate',
  'platform',
  'gate',
  'exit',
  'boeing',
  'airbus',
  'model',
  'decree',
  'bulletin',
  'item',
  'unit',
  'ward',
  'plot',
  'serial',
  'channel',
  'version',
];

/** Words that let a sentence speak of a year far after publication: plans, targets, forecasts, maturities. */
export const FUTURE_YEAR_CUES: readonly string[] = [
  'will',
  'shall',
  'would',
  'plan',
  'plans',
  'planned',
  'planning',
  'by',
  'until',
  'till',
  'through',
  'target',
  'targets',
  'targeted',
  'expected',
  'expect',
  'expects',
  'scheduled',
  'aim',
  'aims',
  'goal',
  'projected',
  'projection',
  'projections',
  'forecast',
  'forecasts',
  'predicted',
  'predict',
  'vision',
  'deadline',
  'due',
  'set to',
  'to be',
  'going to',
  'agenda',
  'strategy',
  'horizon',
  // Bonds and contracts name their far-off dates: "notes due 2019", "puttable in 1999".
  'mature',
  'matures',
  'maturing',
  'maturity',
  'puttable',
  'callable',
  'redeemable',
  'expire',
  'expires',
  'expiring',
  'contract',
  'lease',
];

/** Words that make a bare month name a time reference: "in Shaaban", "since Muharram", "last Rajab". */
export const MONTH_CUES: readonly string[] = [
  'in',
  'during',
  'since',
  'before',
  'after',
  'until',
  'till',
  'through',
  'throughout',
  'by',
  'for',
  'of',
  'this',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'from',
  'to',
  'on',
  'each',
  'every',
];
