import { describe, expect, it } from 'vitest';
import { cutWords, shorten, trimEnd } from '../../src/events/cutTitle.ts';

const w = (s: string) => s.split(' ');

// Inputs are titles the extraction built from Timeline17 sentences before titles were polished.
describe('trimEnd', () => {
  it('drops an infinitive of purpose that lost its object, with its frame', () => {
    expect(trimEnd(w('The committee to meet Syrian officials in Qatar to try')).join(' ')).toBe(
      'The committee to meet Syrian officials in Qatar',
    );
    expect(trimEnd(w('Syria crisis sends a senior envoy to Syria in a bid to find')).join(' ')).toBe(
      'Syria crisis sends a senior envoy to Syria',
    );
  });

  it('drops a title without its name and a subject pronoun without its words', () => {
    expect(
      trimEnd(w("Qatar's prime minister urges council members to take action against Mr")).join(' '),
    ).toBe("Qatar's prime minister urges council members to take action");
    expect(trimEnd(w('Ronald Sepulvado says he')).join(' ')).toBe('Ronald Sepulvado says');
    expect(trimEnd(w('Armed terrorist group kills he')).join(' ')).toBe('Armed terrorist group kills');
  });

  it('keeps endings that finish the thought', () => {
    for (const t of [
      'Full autopsy report releases to the public',
      'US finally calls for President Assad to go',
      'Paul King says there had been a slow start to ticket sales',
      'Relief starts trickling through',
      'Elections in May',
    ])
      expect(trimEnd(w(t)).join(' ')).toBe(t);
  });

  it('leaves a quantifier or a pronoun to a phrase inside a title', () => {
    const dangling = /^(?:the|of|to)$/;
    expect(trimEnd(w('Rebel forces say they'), { dangling, label: false }).join(' ')).toBe(
      'Rebel forces say they',
    );
  });
});

describe('cutWords', () => {
  it('finishes a name the limit would cut, or leaves it out when it runs on', () => {
    const s = w("China's foreign ministry says envoy Li Huaxin met Syrian Foreign Minister Walid Muallem");
    expect(cutWords(s, 10).join(' ')).toBe(s.join(' '));
    expect(
      cutWords(w('Clashes between rebel fighters and forces loyal to President Bashar al-Assad'), 9),
    ).toEqual(w('Clashes between rebel fighters and forces loyal to President Bashar al-Assad'));
    expect(
      cutWords(w('Mr Lavrov urges the international community to co-operate with Mr Kofi Annan'), 9, false),
    ).toEqual(w('Mr Lavrov urges the international community'));
  });

  it('keeps the noun of a cut modifier and drops a purpose the cut leaves without object', () => {
    expect(
      cutWords(w('Kofi Annan says the conflict was developing an alarming sectarian dimension'), 10),
    ).toEqual(w('Kofi Annan says the conflict was developing an alarming sectarian dimension'));
    expect(
      cutWords(
        w('China sends a senior envoy to Damascus to negotiate a peaceful and proper solution'),
        10,
      ).join(' '),
    ).toBe('China sends a senior envoy to Damascus');
    expect(
      cutWords(w('a humanitarian mission to Syria this weekend to assess the situation'), 10).join(' '),
    ).toBe('a humanitarian mission to Syria this weekend');
  });

  it('keeps the noun a possessive or a compound wants', () => {
    expect(
      cutWords(w("Mr Lavrov urged the international community to co-operate with Mr Annan's mission"), 12),
    ).toEqual(w("Mr Lavrov urged the international community to co-operate with Mr Annan's mission"));
    expect(cutWords(w('At least 2,000 members of the security forces have died'), 7)).toEqual(
      w('At least 2,000 members of the security forces'),
    );
    expect(cutWords(w('Arab League mission to investigate the fighting spent a month'), 7)).toEqual(
      w('Arab League mission to investigate the fighting'),
    );
  });

  it('keeps "to" after a verb that takes it', () => {
    expect(cutWords(w('unverified footage appears to show the aftermath of the attack'), 5).join(' ')).toBe(
      'unverified footage appears to show',
    );
  });
});

describe('shorten', () => {
  it('drops a last adjunct past twelve words when what is left says who did what', () => {
    expect(shorten('King Abdullah sends Saudi troops to Bahrain as part of a GCC force', 12, 72)).toBe(
      'King Abdullah sends Saudi troops to Bahrain',
    );
    expect(
      shorten('More than 4,000 people flee into Turkey from northern Syria as the army advances', 12, 72),
    ).toBe('More than 4,000 people flee into Turkey from northern Syria');
  });

  it('does not cut "as well as"', () => {
    expect(
      shorten('Charts major attacks on government targets as well as the worst cases of killings', 12, 72),
    ).toBe('Charts major attacks on government targets as well as the worst cases');
  });

  it('keeps a long title whole rather than lose its verb or its object', () => {
    for (const t of [
      'Mr Ladsous says the attack on the UN team near Haffa was deliberate',
      'Senior American politicians put pressure on the Indian government to act',
    ])
      expect(shorten(t, 12, 72)).toBe(t);
  });

  it('cuts a title past the character limit where a thought ends', () => {
    const t = shorten(
      "Jim Hackett says BP's actions probably amounted to gross negligence or wilful misconduct",
      12,
      72,
    );
    expect(t).toBe("Jim Hackett says BP's actions probably amounted to gross negligence");
  });
});
