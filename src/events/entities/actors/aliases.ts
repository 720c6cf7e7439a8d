import type { Actor } from '../../../model/chronology.ts';

/**
 * Canonical actors and the names the press uses for them. Matching is case-sensitive on the
 * first letter (so "who" is not the WHO) and whole-word. Longer names win over shorter ones.
 */
export const ACTOR_ALIASES: readonly { readonly actor: Actor; readonly names: readonly string[] }[] = [
  {
    actor: { name: 'Taliban', kind: 'group' },
    names: [
      'Taliban',
      'Taleban',
      'Islamic Emirate',
      'Islamic Emirate of Afghanistan',
      'Taliban government',
      'Taliban movement',
      'Taliban forces',
      'Taliban fighters',
      'Islamic Emirate forces',
      'IEA',
    ],
  },
  {
    actor: { name: 'Islamic State Khorasan Province', kind: 'group' },
    names: [
      'ISIS-K',
      'ISKP',
      'IS-K',
      'ISIS-Khorasan',
      'Islamic State Khorasan',
      'Islamic State Khorasan Province',
      'Daesh Khorasan',
      'ISIS, specifically the Khorasan Province',
    ],
  },
  {
    actor: { name: 'Islamic State', kind: 'group' },
    names: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Daish'],
  },
  {
    actor: { name: 'National Resistance Front', kind: 'group' },
    names: [
      'National Resistance Front',
      'Afghan National Resistance Front',
      'NRF',
      'National Resistance Front of Afghanistan',
    ],
  },
  {
    actor: { name: 'Ahmad Massoud', kind: 'person', role: 'leader of the National Resistance Front' },
    names: ['Ahmad Massoud', 'Ahmed Massoud', 'Ahmed Masoud', 'Ahmad Masoud', 'Massoud', 'Masoud'],
  },
  {
    actor: { name: 'Amanuddin Mansour', kind: 'person', role: 'Taliban military commander' },
    names: [
      'Aman Al-Din Mansour',
      'Maulvi Amanuddin Mansour',
      'Mawlawi Amanuddin Mansour',
      'Amanuddin Mansour',
    ],
  },
  {
    actor: { name: 'Abdul Salam Hanafi', kind: 'person', role: 'second deputy prime minister' },
    names: ['Abdul Salam Hanafi', 'Hanafi'],
  },
  {
    actor: { name: 'Ministry of Defense', kind: 'organization' },
    names: [
      'Ministry of Defense',
      'Ministry of Defence',
      'Defense Ministry',
      'Defence Ministry',
      'MoD',
      'MOD',
    ],
  },
  {
    actor: { name: 'Ministry of Interior', kind: 'organization' },
    names: ['Ministry of Interior', 'Interior Ministry', 'MoI', 'Ministry of the Interior'],
  },
  { actor: { name: 'Afghan Special Forces', kind: 'organization' }, names: ['Afghan Special Forces'] },
  {
    actor: { name: 'Bakhtar News Agency', kind: 'organization' },
    names: ['Bakhtar News Agency', 'Bachter News Agency', 'Bakhtar', 'Bachter News'],
  },
  { actor: { name: 'Presidential Palace (ARG)', kind: 'organization' }, names: ['ARG', 'Arg'] },
  {
    actor: { name: 'Amnesty International', kind: 'organization' },
    names: ['Amnesty International', 'Amnesty'],
  },
  { actor: { name: 'Human Rights Watch', kind: 'organization' }, names: ['Human Rights Watch', 'HRW'] },
  { actor: { name: 'United Nations', kind: 'organization' }, names: ['United Nations', 'UN', 'U.N.'] },
  {
    actor: { name: 'UNAMA', kind: 'organization' },
    names: [
      'UNAMA',
      'UN Assistance Mission in Afghanistan',
      'United Nations Assistance Mission in Afghanistan',
    ],
  },
  { actor: { name: 'NATO', kind: 'organization' }, names: ['NATO', 'Nato'] },
  { actor: { name: 'European Union', kind: 'organization' }, names: ['European Union', 'EU'] },
  { actor: { name: 'Arab League', kind: 'organization' }, names: ['Arab League'] },
  { actor: { name: 'Free Syrian Army', kind: 'group' }, names: ['Free Syrian Army', 'FSA'] },
  {
    actor: { name: 'Bashar al-Assad', kind: 'person', role: 'President of Syria' },
    names: ['Bashar al-Assad', 'Bashar al-Asad', 'President Assad', 'Assad'],
  },
  {
    actor: { name: 'World Health Organization', kind: 'organization' },
    names: ['World Health Organization', 'World Health Organisation', 'WHO'],
  },
  {
    actor: { name: 'Centers for Disease Control and Prevention', kind: 'organization' },
    names: ['Centers for Disease Control and Prevention', 'Centers for Disease Control', 'CDC'],
  },
  { actor: { name: 'BP', kind: 'organization' }, names: ['BP', 'British Petroleum'] },
  { actor: { name: 'Transocean', kind: 'organization' }, names: ['Transocean'] },
  { actor: { name: 'Halliburton', kind: 'organization' }, names: ['Halliburton'] },
  {
    actor: { name: 'US Coast Guard', kind: 'organization' },
    names: ['US Coast Guard', 'U.S. Coast Guard', 'Coast Guard'],
  },
  {
    actor: { name: 'Red Cross', kind: 'organization' },
    names: ['Red Cross', 'ICRC', 'International Committee of the Red Cross'],
  },
  { actor: { name: 'Michael Jackson', kind: 'person' }, names: ['Michael Jackson'] },
  { actor: { name: 'Conrad Murray', kind: 'person' }, names: ['Conrad Murray', 'Dr Murray', 'Dr. Murray'] },
  {
    actor: { name: 'Barack Obama', kind: 'person', role: 'President of the United States' },
    names: ['Barack Obama', 'President Obama', 'Obama'],
  },
];
