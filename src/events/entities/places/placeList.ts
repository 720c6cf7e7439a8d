import type { Place } from '../../../model/chronology.ts';

/** Appends the most specific place to a title that does not name it yet. */
export function withPlace(title: string, places: readonly Place[]): string {
  const p =
    places.find((x) => x.kind === 'district' || x.kind === 'city') ??
    places.find((x) => x.kind === 'province');
  // A headline stays short: the place is added only while it fits in about 80 characters.
  if (
    !p ||
    title.includes(p.name) ||
    (p.within && title.includes(p.within)) ||
    title.length + p.name.length > 76
  )
    return title;
  return `${title} in ${p.name}`;
}

/** Drops a province or country when a place inside it is listed, and duplicates. */
export function mostSpecific(places: readonly Place[]): Place[] {
  const out: Place[] = [];
  for (const p of places) if (!out.some((q) => q.name === p.name && q.kind === p.kind)) out.push(p);
  const inside = new Set(out.map((p) => p.within).filter(Boolean));
  const specific = out.filter(
    (p) => !(inside.has(p.name) && (p.kind === 'province' || p.kind === 'country')),
  );
  // An Afghan district or province implies the country.
  return specific.filter(
    (p) =>
      !(
        p.kind === 'country' &&
        p.name === 'Afghanistan' &&
        specific.some(
          (q) =>
            q.kind !== 'country' &&
            q.lat !== undefined &&
            q.lon !== undefined &&
            q.lon > 60 &&
            q.lon < 75 &&
            q.lat > 29 &&
            q.lat < 39,
        )
      ),
  );
}
