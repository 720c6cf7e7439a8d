import { describe, expect, it } from 'vitest';
import { findActors, uniqueActors } from '../../../../src/events/entities/actors/findActors.ts';

const names = (t: string) => uniqueActors(findActors(t)).map((a) => a.name);

describe('findActors', () => {
  it('merges aliases to one canonical actor', () => {
    expect(
      names('The Islamic Emirate and the Taliban government. The MoD and the Ministry of Defence.'),
    ).toEqual(['Taliban', 'Ministry of Defense']);
    expect(names('ISIS-K claimed it; Islamic State Khorasan Province denied.')).toEqual([
      'Islamic State Khorasan Province',
    ]);
  });
  it('reads people with roles after or before the name', () => {
    const actors = uniqueActors(
      findActors(
        'Bilal Karimi, deputy spokesman for the Afghan government, said. Field commander Maulvi Ahmad Jan left.',
      ),
    );
    expect(actors[0]).toEqual({
      name: 'Bilal Karimi',
      role: 'deputy spokesman for the Afghan government',
      kind: 'person',
    });
  });
  it('does not take a longer name for a known surname', () => {
    expect(names('said Massoud Ekhtiarai, a resident of Daikundi')).toEqual(['Massoud Ekhtiarai']);
    expect(names('Massoud said')).toEqual(['Ahmad Massoud']);
  });
});
