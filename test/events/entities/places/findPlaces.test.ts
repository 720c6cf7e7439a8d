import { describe, expect, it } from 'vitest';
import { findPlaces, resolvePlace } from '../../../../src/events/entities/places/findPlaces.ts';

const resolveAll = (text: string) => {
  const all = findPlaces(text);
  return all.map((m) => resolvePlace(m, [all], text.slice(m.end, m.end + 12)));
};

describe('findPlaces', () => {
  it('disambiguates a district by the province named nearby', () => {
    expect(resolveAll('fighting in the Kohistan district. In Badakhshan Province, ...')[0]).toMatchObject({
      name: 'Kohistan',
      within: 'Badakhshan',
    });
    expect(resolveAll('Kohistan district of Kapisa')[0]).toMatchObject({
      name: 'Kohistan',
      within: 'Kapisa',
    });
    expect(resolveAll('Kohistan district of Faryab')[0]).toMatchObject({
      name: 'Kohistan',
      within: 'Faryab',
    });
  });
  it('keeps an undecidable district without coordinates', () => {
    expect(resolveAll('clashes in Kohistan')[0]).toEqual({ name: 'Kohistan', kind: 'district' });
  });
  it('knows spelling variants of one province', () => {
    for (const v of ['Sar-e-Pul', 'Sari-Pul', 'Sar-i-Pul']) {
      expect(resolveAll(`Balkhab district of ${v} province`)[1]).toMatchObject({
        name: 'Sar-e-Pul',
        kind: 'province',
      });
    }
  });
  it('resolves world cities and countries from the gazetteer, with coordinates', () => {
    const [paris, syria] = resolveAll('Talks in Paris about Syria.');
    expect(paris).toMatchObject({ name: 'Paris', kind: 'city', within: 'France' });
    expect(syria).toMatchObject({ name: 'Syria', kind: 'country' });
    expect(Math.abs(paris!.lat! - 48.85)).toBeLessThan(0.2);
  });
  it('takes the longest name at a capital that no letter follows', () => {
    const names = (text: string) => findPlaces(text).map((m) => [m.name, m.start, m.end]);
    // "Guinea-Bissau" and "Equatorial Guinea" over "Guinea"; "Maliki" is no "Mali".
    expect(names('Guinea-Bissau, Equatorial Guinea and Guinea; Maliki flew to Mali.')).toEqual([
      ['Guinea-Bissau', 0, 13],
      ['Equatorial Guinea', 15, 32],
      ['Guinea', 37, 43],
      ['Mali', 60, 64],
    ]);
    // A name is found at the start of a capitalized word only, and at the end of the text.
    expect(names('AfghanSyria, Syria')).toEqual([['Syria', 13, 18]]);
  });
  it('does not take a surname for a city', () => {
    expect(findPlaces('Michael Jackson died. Whitney Houston sang.').map((m) => m.name)).toEqual([]);
  });
});

describe('findPlaces, names that are not places', () => {
  it('skips seas and people who share a city name', () => {
    expect(findPlaces('oil in the Gulf of Mexico').map((m) => m.name)).toEqual([]);
    expect(findPlaces("BP's Hayward said it was over.").map((m) => m.name)).toEqual([]);
  });
  it('takes a city name that follows a given name anywhere in the text for a surname throughout', () => {
    const text = 'BP chief Tony Hayward testified. Overall, Hayward’s appearance was poor in Texas.';
    expect(findPlaces(text).map((m) => m.name)).toEqual(['Texas']);
  });
});

describe('findPlaces, first-level regions', () => {
  it('knows US states and Syrian governorates, with coordinates, and prefers the city of the same name', () => {
    const [louisiana, idlib, baghdad] = resolveAll(
      'Oil reached Louisiana; shelling in Idlib; a blast in Baghdad.',
    );
    expect(louisiana).toMatchObject({ name: 'Louisiana', kind: 'region', within: 'United States' });
    expect(Math.abs(louisiana!.lat! - 31)).toBeLessThan(1.5);
    expect(idlib).toMatchObject({ name: 'Idlib', kind: 'region', within: 'Syria' });
    expect(baghdad).toMatchObject({ name: 'Baghdad', kind: 'city' });
  });
});
