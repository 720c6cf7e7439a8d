// The words of the Hijri calendars the tagger reads: the lunar Islamic months and the holidays fixed
// in them (islamicParser), and the months of the solar Hijri calendar of Afghanistan and Iran
// (persianParser). Gregorian words stay in vocabulary.ts.

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
