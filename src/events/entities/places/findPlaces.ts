import type { Place } from '../../../model/chronology.ts';
import { AFGHAN_PLACES } from './afghanistan.ts';
import gazetteer from './gazetteer.json';

/** A place name found in a text, with every place it may denote. */
export interface PlaceMatch {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly Place[];
}

type CountryRow = [string, string, number, number, string[], string];
type CityRow = [string, string, number, number, number];
type RegionRow = [string, string, number, number];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '-');

// City names that are also everyday capitalized words or common surnames in the news.
const CITY_STOPLIST = new Set(
  'reading nice mobile split independence surprise providence orange victoria concord mercedes bath sale hope temple marion jackson houston of aurora bat yam santa clara president roxas general san carlos'
    .split(' ')
    .map(fold),
);

/** Lookup table: folded name → candidate places, built once. */
const INDEX: ReadonlyMap<string, Place[]> = (() => {
  const index = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const key = fold(name);
    const list = index.get(key) ?? [];
    if (!list.some((p) => p.name === place.name && p.within === place.within && p.kind === place.kind))
      list.push(place);
    index.set(key, list);
  };
  for (const p of AFGHAN_PLACES) {
    const place: Place = {
      name: p.name,
      kind: p.kind,
      ...(p.within ? { within: p.within } : { within: 'Afghanistan' }),
      lat: p.lat,
      lon: p.lon,
    };
    for (const n of [p.name, ...p.variants]) add(n, place);
  }
  const countryName = new Map<string, string>();
  for (const [name, code, lat, lon, aliases] of gazetteer.countries as CountryRow[]) {
    countryName.set(code, name);
    for (const n of [name, ...aliases]) add(n, { name, kind: 'country', lat, lon });
  }
  for (const [name, code, lat, lon] of gazetteer.cities as CityRow[]) {
    if (CITY_STOPLIST.has(fold(name)) || index.has(fold(name))) continue;
    add(name, { name, kind: 'city', within: countryName.get(code) ?? code, lat, lon });
  }
  // A region sharing its name with a city ("Baghdad", "New York") is read as the city.
  for (const [name, code, lat, lon] of gazetteer.regions as RegionRow[]) {
    if (index.has(fold(name))) continue;
    add(name, { name, kind: 'region', within: countryName.get(code) ?? code, lat, lon });
  }
  return index;
})();

const DEMONYMS: ReadonlyMap<string, Place> = new Map(
  (gazetteer.countries as CountryRow[])
    .filter((c) => c[5])
    .map(([name, , lat, lon, , demonym]) => [demonym, { name, kind: 'country', lat, lon } as Place]),
);

// Every name, longest first, filed under its first run of letters: where a name matches, the
// text's run of letters at that point is that run (a letter cannot follow it), so only the names
// filed under the text's run are tried. The same matches as one alternation of every name
// (`(?:longest|…|shortest)(?!\p{L})`), in about half the time and without compiling a
// 4,000-name pattern in every thread.
const NAMES_BY_FIRST_RUN = (() => {
  const names = new Set<string>();
  for (const p of AFGHAN_PLACES) for (const n of [p.name, ...p.variants]) names.add(n);
  for (const c of gazetteer.countries as CountryRow[]) for (const n of [c[0], ...c[4]]) names.add(n);
  for (const c of gazetteer.cities as CityRow[]) if (!CITY_STOPLIST.has(fold(c[0]))) names.add(c[0]);
  for (const r of gazetteer.regions as RegionRow[]) names.add(r[0]);
  const sorted = [...names].filter((n) => /^\p{Lu}/u.test(n)).sort((a, b) => b.length - a.length);
  const byRun = new Map<string, string[]>();
  for (const name of sorted) {
    const run = /^\p{L}+/u.exec(name)![0];
    const list = byRun.get(run);
    if (list) list.push(name);
    else byRun.set(run, [name]);
  }
  return byRun;
})();

/** Where a name can start: a capital letter after neither a letter nor a hyphen. */
const NAME_START = /(?<![\p{L}-])\p{Lu}/gu;
const LETTERS = /\p{L}+/uy;
const LETTER = /\p{L}/uy;

/** The longest name at `at` that no letter follows, if any. */
function nameAt(text: string, at: number): string | undefined {
  LETTERS.lastIndex = at;
  const run = LETTERS.exec(text);
  for (const name of (run && NAMES_BY_FIRST_RUN.get(run[0])) || []) {
    if (!text.startsWith(name, at)) continue;
    LETTER.lastIndex = at + name.length;
    if (!LETTER.test(text)) return name;
  }
  return undefined;
}

/**
 * The matches of every name in `text`, leftmost first and not overlapping, as `matchAll` of the
 * alternation of every name would give them; names are only looked for at capitalized word
 * starts, which is several times faster than trying every position.
 */
function nameMatches(text: string): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  NAME_START.lastIndex = 0;
  for (let start = NAME_START.exec(text); start; start = NAME_START.exec(text)) {
    const name = nameAt(text, start.index);
    if (name === undefined) continue;
    out.push({ 0: name, index: start.index });
    NAME_START.lastIndex = start.index + name.length;
  }
  return out;
}

/**
 * Place names in a text with their candidate places (Afghan hand list first, then countries,
 * cities over the gazetteer's population bound and first-level regions such as US states). A name inside a longer capitalized name
 * ("Michael Jackson", "Whitney Houston") is not a place.
 */
export function findPlaces(text: string, offset = 0): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  // A city name that follows a given name anywhere in the text ("Tony Hayward") is a surname
  // everywhere in it ("Hayward said", "Hayward's appearance").
  const surnames = new Set<string>();
  const matches = nameMatches(text);
  for (const m of matches) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const prevWord = /(\p{Lu}[\p{L}.]*)\s$/u.exec(before)?.[1];
    const cands = INDEX.get(fold(m[0])) ?? [];
    if (
      prevWord &&
      !m[0].includes(' ') &&
      cands.every((c) => c.kind === 'city') &&
      !INDEX.has(fold(prevWord)) &&
      !/^(?:In|Of|At|From|To|And|The|A|An|On|For|By|With|Near|Outside|Inside|Central|North|South|East|West|Greater|New|Old|Downtown|Northern|Southern|Eastern|Western)$/.test(
        prevWord,
      ) &&
      !/[.!?]\s*$/.test(before.slice(0, -prevWord.length - 1))
    )
      surnames.add(m[0]);
  }
  for (const m of matches) {
    if (surnames.has(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (
      /\p{Lu}[\p{L}.]*\s$/u.test(before) &&
      !/(?:^|[.!?]\s|\b(?:In|in|of|At|at|From|from|To|to|and|The|the)\s)$/u.test(before)
    ) {
      const prevWord = /(\S+)\s$/.exec(before)?.[1] ?? '';
      if (!INDEX.has(fold(prevWord))) continue;
    }
    // "Gulf of Mexico" is a sea, not the country; "Hayward said" is a person, not the city.
    if (/\b(?:Gulf|Sea|Bay|Strait|Straits|Gulf coast) of\s+$/.test(before)) continue;
    if (
      !m[0].includes(' ') &&
      /^(?:'s?\b|’s?\b|\s+(?:said|says|told|added|wrote|insisted|admitted|testified|stressed|denied))/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      )
    ) {
      const cands = INDEX.get(fold(m[0])) ?? [];
      if (cands.every((c) => c.kind === 'city')) continue;
    }
    const candidates = INDEX.get(fold(m[0])) ?? [];
    if (candidates.length > 0)
      out.push({ name: m[0], start: offset + m.index, end: offset + m.index + m[0].length, candidates });
  }
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish))\b/gu)) {
    const country = DEMONYMS.get(m[1]!);
    if (country)
      out.push({
        name: m[1]!,
        start: offset + m.index,
        end: offset + m.index + m[1]!.length,
        candidates: [{ ...country }],
        demonym: true,
      } as PlaceMatch);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a match came from a demonym ("Syrian forces") rather than a place name. */
export function isDemonym(m: PlaceMatch): boolean {
  return (m as PlaceMatch & { demonym?: boolean }).demonym === true;
}

/**
 * Picks one place for a match using the places named nearby (`context`, nearest first: the
 * sentence's neighbours, then the article): a district whose province is mentioned wins
 * ("Kohistan district … Badakhshan Province" is Kohistan in Badakhshan); a province name next to
 * one of its districts is the province ("Balkhab district of Sar-e-Pul"); a name that is both a
 * province and its capital is the city unless "province" follows it. When the evidence cannot
 * decide between districts of one name, the name is kept without coordinates.
 */
export function resolvePlace(
  match: PlaceMatch,
  contexts: readonly (readonly PlaceMatch[])[],
  followingText: string,
): Place {
  const cands = match.candidates;
  if (cands.length === 1) return cands[0]!;
  if (/^\s*[Pp]rovince\b/.test(followingText)) {
    const p = cands.find((c) => c.kind === 'province');
    if (p) return p;
  }
  const districts = cands.filter((c) => c.kind === 'district');
  for (const context of contexts) {
    const others = context.filter((c) => c.name !== match.name);
    const names = new Set(others.flatMap((c) => c.candidates.map((p) => p.name)));
    const within = new Set(
      others.flatMap((c) => c.candidates.filter((p) => p.kind === 'district').map((p) => p.within)),
    );
    const district = districts.filter((d) => d.within && names.has(d.within));
    if (district.length === 1) return district[0]!;
    const province = cands.find((c) => c.kind === 'province' && within.has(c.name));
    if (province) return province;
  }
  if (districts.length === cands.length) return { name: match.name, kind: 'district' };
  // A city or region in a country the text names nearby ("Birmingham … Alabama") beats its namesakes.
  for (const context of contexts) {
    const countries = new Set(
      context
        .filter((c) => c.name !== match.name)
        .flatMap((c) => c.candidates.map((p) => (p.kind === 'country' ? p.name : p.within))),
    );
    const abroad = cands.filter((c) => c.kind === 'city' || c.kind === 'region');
    const local = abroad.filter((c) => c.within && countries.has(c.within));
    if (new Set(abroad.map((c) => c.within)).size > 1 && local.length > 0 && local.length < abroad.length)
      return local[0]!;
  }
  const notProvince = cands.filter((c) => c.kind !== 'province' && c.kind !== 'district');
  return notProvince[0] ?? cands[0]!;
}
