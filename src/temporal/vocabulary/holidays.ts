import type { HolidayRule } from '../calendar/holidayDates.ts';

/**
 * Holiday names the tagger reads as dates. Keys are lower case with straight apostrophes and
 * single spaces; parsers normalize the text the same way (`holidayKey`).
 */

/** Lower case, straight apostrophes, single spaces: the form of every key below. */
export function holidayKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

/** A regex alternation of holiday keys (longest first) that also accepts curly apostrophes. */
export function holidayAlternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) =>
      k
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '\\s+')
        .replace(/'/g, "['’]"),
    )
    .join('|');
}

/**
 * Independence days by the country word before "Independence Day" ("Afghan Independence Day",
 * "Pakistan's Independence Day"); without one, the US date (FIXED_HOLIDAYS).
 */
export const INDEPENDENCE_DAYS: Readonly<Record<string, { month: number; day: number }>> = {
  afghan: { month: 8, day: 19 },
  afghanistan: { month: 8, day: 19 },
  pakistan: { month: 8, day: 14 },
  pakistani: { month: 8, day: 14 },
  india: { month: 8, day: 15 },
  indian: { month: 8, day: 15 },
  bangladesh: { month: 3, day: 26 },
  tajik: { month: 9, day: 9 },
  tajikistan: { month: 9, day: 9 },
  uzbek: { month: 9, day: 1 },
  uzbekistan: { month: 9, day: 1 },
  turkmen: { month: 9, day: 27 },
  turkmenistan: { month: 9, day: 27 },
  kyrgyz: { month: 8, day: 31 },
  kyrgyzstan: { month: 8, day: 31 },
  kazakh: { month: 12, day: 16 },
  kazakhstan: { month: 12, day: 16 },
  ukraine: { month: 8, day: 24 },
  ukrainian: { month: 8, day: 24 },
  mexico: { month: 9, day: 16 },
  mexican: { month: 9, day: 16 },
  indonesia: { month: 8, day: 17 },
  indonesian: { month: 8, day: 17 },
  philippine: { month: 6, day: 12 },
  philippines: { month: 6, day: 12 },
  brazil: { month: 9, day: 7 },
  brazilian: { month: 9, day: 7 },
  nigeria: { month: 10, day: 1 },
  nigerian: { month: 10, day: 1 },
  algeria: { month: 7, day: 5 },
  algerian: { month: 7, day: 5 },
  kenya: { month: 12, day: 12 },
  kenyan: { month: 12, day: 12 },
  american: { month: 7, day: 4 },
  us: { month: 7, day: 4 },
  'u.s.': { month: 7, day: 4 },
};

/** Fixed-date holidays: month, day. */
export const FIXED_HOLIDAYS: Readonly<Record<string, { month: number; day: number }>> = {
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 },
  "valentine's day": { month: 2, day: 14 },
  halloween: { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  "veterans' day": { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 },
  "st. patrick's day": { month: 3, day: 17 },
  "saint patrick's day": { month: 3, day: 17 },
  'bastille day': { month: 7, day: 14 },
  'boxing day': { month: 12, day: 26 },
  nowruz: { month: 3, day: 21 },
  navroz: { month: 3, day: 21 },
};

/**
 * A holiday whose date moves from year to year. `grain: 'week'` names a whole week (its ISO week
 * value); `since` is the first year it was kept on this rule (earlier years are not tagged).
 */
export interface MovableHoliday {
  readonly label: string;
  readonly rule: HolidayRule;
  readonly grain?: 'week';
  readonly since?: number;
}

const easter = (label: string, offset: number, grain?: 'week'): MovableHoliday => ({
  label,
  rule: { kind: 'easter', offset },
  ...(grain ? { grain } : {}),
});
const nth = (label: string, month: number, weekday: number, n: number, since?: number): MovableHoliday => ({
  label,
  rule: { kind: 'nthWeekday', month, weekday, nth: n },
  ...(since ? { since } : {}),
});
const hebrew = (label: string, months: string[], day: number, from: [number, number]): MovableHoliday => ({
  label,
  rule: { kind: 'hebrew', months, day, from },
});

const EASTER = easter('Easter Sunday', 0);
const MLK = nth('Martin Luther King Day (third Monday of January)', 1, 1, 3, 1986);
const PRESIDENTS = nth("Presidents' Day (third Monday of February)", 2, 1, 3, 1971);
const MOTHERS = nth("Mother's Day (second Sunday of May)", 5, 0, 2);
const FATHERS = nth("Father's Day (third Sunday of June)", 6, 0, 3);
const THANKSGIVING = nth('Thanksgiving (fourth Thursday of November)', 11, 4, 4, 1942);
const PASSOVER = hebrew('Passover (15 Nisan)', ['Nisan'], 15, [3, 20]);
const ROSH_HASHANAH = hebrew('Rosh Hashanah (1 Tishri)', ['Tishri'], 1, [9, 1]);
const HANUKKAH = hebrew('Hanukkah (25 Kislev)', ['Kislev'], 25, [11, 22]);
const CHINESE_NEW_YEAR: MovableHoliday = {
  label: 'the Chinese New Year (first day of the first lunar month)',
  rule: { kind: 'chineseNewYear' },
};

/**
 * Movable holidays of US and world news. "Easter week" and "Holy Week" are the ISO week that
 * ends on Easter Sunday (Monday of Holy Week to Easter): Palm Sunday, which opens Holy Week in
 * the liturgy, falls in the ISO week before, but the week's events (Holy Thursday, Good Friday,
 * Easter) all fall in this one.
 */
export const MOVABLE_HOLIDAYS: Readonly<Record<string, MovableHoliday>> = {
  easter: EASTER,
  'easter sunday': EASTER,
  'easter day': EASTER,
  'easter monday': easter('Easter Monday', 1),
  'holy saturday': easter('Holy Saturday', -1),
  'good friday': easter('Good Friday', -2),
  'holy thursday': easter('Holy Thursday', -3),
  'maundy thursday': easter('Maundy Thursday', -3),
  'palm sunday': easter('Palm Sunday', -7),
  'ash wednesday': easter('Ash Wednesday', -46),
  'shrove tuesday': easter('Shrove Tuesday', -47),
  'mardi gras': easter('Mardi Gras', -47),
  'ascension day': easter('Ascension Day', 39),
  pentecost: easter('Pentecost', 49),
  'whit sunday': easter('Whit Sunday', 49),
  'easter week': easter('the week of Easter', 0, 'week'),
  'holy week': easter('Holy Week', 0, 'week'),
  'orthodox easter': { label: 'Orthodox Easter', rule: { kind: 'orthodoxEaster', offset: 0 } },
  'election day': {
    label: 'US Election Day (the Tuesday after the first Monday of November)',
    rule: { kind: 'nthWeekday', month: 11, weekday: 1, nth: 1, offset: 1 },
  },
  'memorial day': nth('Memorial Day (last Monday of May)', 5, 1, -1, 1971),
  'labor day': nth('Labor Day (first Monday of September)', 9, 1, 1, 1894),
  'columbus day': nth('Columbus Day (second Monday of October)', 10, 1, 2, 1971),
  'martin luther king day': MLK,
  'martin luther king jr. day': MLK,
  'martin luther king jr day': MLK,
  'martin luther king, jr. day': MLK,
  'martin luther king holiday': MLK,
  'martin luther king jr. holiday': MLK,
  'mlk day': MLK,
  "presidents' day": PRESIDENTS,
  'presidents day': PRESIDENTS,
  "president's day": PRESIDENTS,
  "mother's day": MOTHERS,
  "mothers' day": MOTHERS,
  'mothers day': MOTHERS,
  "father's day": FATHERS,
  "fathers' day": FATHERS,
  'fathers day': FATHERS,
  thanksgiving: THANKSGIVING,
  'thanksgiving day': THANKSGIVING,
  passover: PASSOVER,
  pesach: PASSOVER,
  'rosh hashanah': ROSH_HASHANAH,
  'rosh hashana': ROSH_HASHANAH,
  'jewish new year': ROSH_HASHANAH,
  'yom kippur': hebrew('Yom Kippur (10 Tishri)', ['Tishri'], 10, [9, 10]),
  sukkot: hebrew('Sukkot (15 Tishri)', ['Tishri'], 15, [9, 15]),
  hanukkah: HANUKKAH,
  chanukah: HANUKKAH,
  hanukah: HANUKKAH,
  // In a Hebrew leap year Purim is kept in Adar II; ICU names the month "Adar" otherwise.
  purim: hebrew('Purim (14 Adar)', ['Adar', 'Adar II'], 14, [2, 20]),
  'chinese new year': CHINESE_NEW_YEAR,
  'lunar new year': CHINESE_NEW_YEAR,
  'spring festival': CHINESE_NEW_YEAR,
};

/**
 * Words after a holiday name that make it part of another name: "Easter Island", "Easter eggs",
 * "the Good Friday agreement", "the Yom Kippur War", "Christmas Island".
 */
export const HOLIDAY_NAME_FOLLOWERS: readonly string[] = [
  'island',
  'islands',
  'islander',
  'islanders',
  'egg',
  'eggs',
  'bunny',
  'rising',
  'lily',
  'lilies',
  'seals',
  'agreement',
  'accord',
  'accords',
  'pact',
  'peace',
  'deal',
  'offensive',
  'plot',
  'war',
  'tree',
  'trees',
  'card',
  'cards',
];
