/**
 * Every word list the tagger matches, in one place (chrono-node keeps its constants the same
 * way). Keys are lower case; patterns are built with `alternation`.
 */

/** A regex alternation of the keys, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
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
  dozen: 12,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a half': 0.5,
  half: 0.5,
  'one and a half': 1.5,
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

/** Islamic (Hijri) month names and common spellings → month number. */
export const ISLAMIC_MONTHS: Readonly<Record<string, number>> = {
  muharram: 1,
  safar: 2,
  'rabi al-awwal': 3,
  "rabi' al-awwal": 3,
  'rabi ul-awwal': 3,
  'rabi al-thani': 4,
  "rabi' al-thani": 4,
  'rabi al-akhir': 4,
  'rabi ul-akhir': 4,
  'jumada al-awwal': 5,
  'jumada al-ula': 5,
  'jumada al-thani': 6,
  'jumada al-akhirah': 6,
  rajab: 7,
  shaban: 8,
  "sha'ban": 8,
  shaaban: 8,
  ramadan: 9,
  ramadhan: 9,
  ramzan: 9,
  shawwal: 10,
  'dhu al-qadah': 11,
  "dhu al-qi'dah": 11,
  'dhul qadah': 11,
  'dhu al-hijjah': 12,
  'dhul hijjah': 12,
  'dhu al-hijja': 12,
};

/** Solar Hijri months: Afghan (Dari zodiac) and Iranian names share numbers. */
export const PERSIAN_MONTHS: Readonly<Record<string, number>> = {
  hamal: 1,
  sawr: 2,
  saur: 2,
  jawza: 3,
  jauza: 3,
  saratan: 4,
  asad: 5,
  sunbula: 6,
  sonbola: 6,
  mizan: 7,
  aqrab: 8,
  qaws: 9,
  qaus: 9,
  jadi: 10,
  dalw: 11,
  hoot: 12,
  hut: 12,
  farvardin: 1,
  ordibehesht: 2,
  khordad: 3,
  tir: 4,
  mordad: 5,
  shahrivar: 6,
  mehr: 7,
  aban: 8,
  azar: 9,
  dey: 10,
  bahman: 11,
  esfand: 12,
};

/**
 * Islamic holidays: Hijri month, first day, length in days. Eid al-Fitr and Eid al-Adha
 * are celebrated over several days; the value is the first.
 */
export const ISLAMIC_HOLIDAYS: Readonly<
  Record<string, { month: number; day: number; days: number; name: string }>
> = {
  'eid al-fitr': { month: 10, day: 1, days: 3, name: 'Eid al-Fitr' },
  'eid ul-fitr': { month: 10, day: 1, days: 3, name: 'Eid al-Fitr' },
  'eid-ul-fitr': { month: 10, day: 1, days: 3, name: 'Eid al-Fitr' },
  'eid al-adha': { month: 12, day: 10, days: 4, name: 'Eid al-Adha' },
  'eid ul-adha': { month: 12, day: 10, days: 4, name: 'Eid al-Adha' },
  'eid-ul-adha': { month: 12, day: 10, days: 4, name: 'Eid al-Adha' },
  ashura: { month: 1, day: 10, days: 1, name: 'Ashura' },
  'mawlid al-nabi': { month: 3, day: 12, days: 1, name: 'Mawlid al-Nabi' },
  'laylat al-qadr': { month: 9, day: 27, days: 1, name: 'Laylat al-Qadr' },
};

/** Fixed-date Western holidays: month, day. */
export const FIXED_HOLIDAYS: Readonly<Record<string, { month: number; day: number }>> = {
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 },
  'valentine’s day': { month: 2, day: 14 },
  "valentine's day": { month: 2, day: 14 },
  halloween: { month: 10, day: 31 },
  nowruz: { month: 3, day: 21 },
  navroz: { month: 3, day: 21 },
};
