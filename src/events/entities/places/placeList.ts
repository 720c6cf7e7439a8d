import type { Place } from '../../../model/chronology.ts';

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
